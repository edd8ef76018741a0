/** A template and the email a platform sent from it, for the compare mode's tests and screenshots. */
export const TEMPLATE = [
  '<html><body>',
  '<p><a href="https://shop.example/coats">Warm coats</a></p>',
  '<p><a href="https://shop.example/boots" clicktracking="off">Boots</a></p>',
  '<p><a href="https://shop.example/old-sale">Last year’s sale</a></p>',
  '</body></html>',
].join('\n');

export const SENT = [
  'From: Shop <news@shop.example>',
  'To: ann@example.org',
  'Subject: Winter sale',
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<html><body>',
  '<p><a href="https://a1.r.us-east-1.awstrack.me/L0/https:%2F%2Fshop.example%2Fcoats%3Futm_source=news/1/0100-x=">Warm coats</a></p>',
  '<p><a href="https://shop.example/boots" clicktracking="off">Boots</a></p>',
  '<p><a href="https://a1.r.us-east-1.awstrack.me/L0/https:%2F%2Fshop.example%2Funsubscribe/1/0100-y=">Unsubscribe</a></p>',
  '</body></html>',
  '',
].join('\r\n');
