curl 'http://HOST/api/v1/tickets' \
  -H 'accept: application/json, text/plain, */*' \
  -H 'accept-language: en-US,en;q=0.9' \
  -H 'content-type: application/json' \
  --data-raw '{"subject":"Call back","priority":"normal"}'
