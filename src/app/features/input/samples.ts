/** Built-in emails to try the app with one click. Hosts are example.com/.org (RFC 2606): nothing real. */
export interface Sample {
  id: string;
  label: string;
  name: string;
  text: string;
}

const TEMPLATE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Spring sale</title>
<style>body{font-family:Arial,sans-serif;background:#f4f4f4}.btn{background:#0a66c2;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px}</style>
</head><body>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;padding:24px">
<tr><td><h1 style="color:#222">Spring sale: 30% off</h1>
<p>Our <a href="https://shop.example.com/sale?utm_source=newsletter&utm_medium=email&utm_campaign=spring">spring collection</a> is here.</p>
<p><a class="btn" href="/pricing">See pricing</a> <a href="www.shop.example.com/new">New arrivals</a></p>
<p><a href="javascript:alert(1)">Open the app</a> · <a href="https://bit.ly/3xample">Short link</a></p>
<p><a href="https://shop.example.com/sale?utm_source=newsletter&utm_medium=email&utm_campaign=spring">Shop now</a>
 · <a href="https://SHOP.example.com/sale?utm_medium=email&utm_source=newsletter&utm_campaign=spring">Shop again</a></p>
<p><a href=" https://shop.example.com/help ">Help</a> · <a href="http://shop.example.com/stores">Stores</a> · <a href="#">Top</a></p>
<p><a href="mailto:support@example.com">support@example.com</a> · <a href="*|UNSUB|*">Unsubscribe</a></p>
</td></tr></table></td></tr></table>
</body></html>
`;

const SENT = `From: Shop <news@mail.shop.example.com>
To: reader@example.org
Date: Tue, 12 May 2026 09:30:00 +0000
Subject: Your weekly picks
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><body style="font-family:Arial">
<p>Hello, here are your weekly picks.</p>
<p><a href="https://click.shop.example.com/ls/click?upn=abc123">Warm coats, 30% off</a></p>
<p><a href="https://click.shop.example.com/ls/click?upn=def456">Boots</a></p>
<p><a href="https://click.shop.example.com/ls/click?upn=ghi789">Scarves</a></p>
<p><a href="https://shop.example.com/gloves">Gloves (not tracked)</a></p>
<p><a href="https://click.shop.example.com/ls/click?upn=unsub">Unsubscribe</a></p>
<img src="https://click.shop.example.com/wf/open?upn=px" width="1" height="1" alt="">
</body></html>
`;

const OUTLOOK = `<!DOCTYPE html>
<html xmlns:v="urn:schemas-microsoft-com:vml"><head><meta charset="utf-8"><title>Bulletproof button</title></head>
<body style="font-family:Arial">
<p>A bulletproof button: Outlook shows the VML, other clients the link.</p>
<div><!--[if mso]>
<v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="https://shop.example.com/old-offer" style="height:40px;v-text-anchor:middle;width:200px;" arcsize="10%" fillcolor="#0a66c2">
<center style="color:#ffffff;">Get the offer</center></v:roundrect>
<![endif]--><!--[if !mso]><!-- --><a href="https://shop.example.com/offer" style="background:#0a66c2;color:#fff;display:inline-block;padding:10px 20px;">Get the offer</a><!--<![endif]--></div>
<p><img src="https://images.example.com/banner.png" alt="Banner" width="300"></p>
<p><a href="https://shop.example.com/offer"><img src="https://images.example.com/cta.png" alt=""></a></p>
</body></html>
`;

const CLEAN = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>May newsletter</title>
<style>body{margin:0;background:#f3f4f6;font-family:Arial,sans-serif;color:#1f2937}.btn{background:#4338ca;color:#ffffff;padding:12px 22px;text-decoration:none;border-radius:6px;display:inline-block}</style>
</head><body>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="600" style="background:#ffffff;padding:32px;border-radius:8px">
<tr><td><h1 style="margin-top:0">The May edit</h1>
<p>Light layers for warmer days, picked by our stylists.</p>
<p><a class="btn" href="https://shop.example.com/may?utm_source=newsletter&utm_medium=email&utm_campaign=may">Shop the edit</a></p>
<p>Read the <a href="https://shop.example.com/journal/linen?utm_source=newsletter&utm_medium=email&utm_campaign=may">linen care guide</a>
 or find <a href="https://shop.example.com/stores?utm_source=newsletter&utm_medium=email&utm_campaign=may">a store near you</a>.</p>
<p style="font-size:12px;color:#6b7280"><a href="*|UNSUB|*">Unsubscribe</a></p>
</td></tr></table></td></tr></table>
</body></html>
`;

export const SAMPLES: Sample[] = [
  { id: 'template', label: 'Template with mistakes', name: 'sample-template.html', text: TEMPLATE },
  { id: 'sent', label: 'Sent email (.eml)', name: 'sample-sent.eml', text: SENT },
  { id: 'outlook', label: 'Outlook button', name: 'sample-outlook.html', text: OUTLOOK },
  { id: 'clean', label: 'Ready to send', name: 'may-newsletter.html', text: CLEAN },
];
