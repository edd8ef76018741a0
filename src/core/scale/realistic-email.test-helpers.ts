import { fill } from './adversarial.test-helpers';

/**
 * A realistic marketing email of a given size for benchmarks and the CLI's
 * memory test: a header, product sections (a picture, a title, text links,
 * a bulletproof VML button with its HTML twin, social and mailto/tel links)
 * repeated until the size is reached, and a footer with merge tags and an
 * open pixel.
 */
const HEAD = `<!DOCTYPE html>
<html lang="en" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Winter sale</title>
<!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<style>
  body { margin: 0; padding: 0; } table { border-collapse: collapse; } img { border: 0; display: block; }
  .button a { background: #1a73e8; color: #ffffff; padding: 12px 24px; border-radius: 4px; text-decoration: none; }
  @media screen and (max-width: 600px) { .stack { display: block !important; width: 100% !important; } }
</style>
</head>
<body style="margin:0;padding:0;background:#f4f4f4;">
<center>
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="margin:0 auto;background:#ffffff;">
<tr><td style="padding:12px;font-size:12px;"><a href="*|ARCHIVE|*">View this email in your browser</a></td></tr>
`;

const FOOT = `<tr><td style="padding:24px;font-size:12px;color:#666666;">
You get this email because you signed up at shop.example.com.
<a href="*|UNSUB|*">Unsubscribe</a> | <a href="*|UPDATE_PROFILE|*">Preferences</a>
<img src="https://click.shop.example.com/wf/open?upn=u001.OpenPixel-3D-3D" width="1" height="1" alt="">
</td></tr>
</table>
</center>
</body>
</html>
`;

const CATEGORIES = ['coats', 'boots', 'hats', 'scarves', 'gloves', 'jumpers', 'socks', 'bags'];

/** One product block: a picture, a title, a description, a bulletproof button (VML + HTML), and some text links. */
function section(i: number): string {
  const cat = CATEGORIES[i % CATEGORIES.length] ?? 'coats';
  const utm = `utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=winter-sale&amp;utm_content=${cat}-${i}`;
  const url = `https://shop.example.com/${cat}/item-${i}?colour=${i % 5}&amp;${utm}`;
  const tracked = `https://click.shop.example.com/ls/click?upn=u001.${(i * 7919).toString(36)}Qm9v7K3lR0f-2FWsB3n2t9XyVb8-2Bq1w2e3r4t5y6u7i8o9p-3D-3D`;
  return `<tr><td class="stack" style="padding:16px 24px;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="200" class="stack"><a href="${url}"><img src="https://cdn.shop.example.com/img/${cat}/${i}.jpg" width="200" height="200" alt="${cat} number ${i}"></a></td>
<td class="stack" style="padding-left:16px;vertical-align:top;">
<h2 style="margin:0 0 8px;font-size:18px;"><a href="${url}" style="color:#222222;text-decoration:none;">Warm ${cat}, style ${i}</a></h2>
<p style="margin:0 0 12px;font-size:14px;line-height:20px;">Hand-made ${cat} in ${['red', 'navy', 'grey', 'green'][i % 4]}, now ${10 + (i % 40)}% off. Free returns within 30 days, and <a href="https://shop.example.com/delivery?${utm}">free delivery</a> over £50. Hello {{ first_name | default: "there" }}.</p>
<div class="button">
<!--[if mso]>
<v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w="urn:schemas-microsoft-com:office:word" href="${tracked}" style="height:40px;v-text-anchor:middle;width:180px;" arcsize="10%" strokecolor="#1a73e8" fillcolor="#1a73e8">
<w:anchorlock/><center style="color:#ffffff;font-family:sans-serif;font-size:14px;font-weight:bold;">Shop ${cat}</center>
</v:roundrect>
<![endif]-->
<!--[if !mso]><!--><a href="${tracked}" style="background:#1a73e8;color:#ffffff;display:inline-block;padding:10px 20px;">Shop ${cat}</a><!--<![endif]-->
</div>
<p style="font-size:12px;"><a href="https://www.instagram.com/shop.example/?${utm}">Instagram</a> · <a href="mailto:help@shop.example.com?subject=Item%20${i}">Ask about it</a> · <a href="tel:+441234567${String(i % 1000).padStart(3, '0')}">Call</a></p>
</td></tr></table>
</td></tr>
`;
}

export function buildEmail(targetBytes: number): string {
  return fill(targetBytes, section, HEAD, FOOT);
}
