curl 'http://HOST/api/v1/tickets' -H 'accept: application/json, text/plain, */*' -H 'content-type: application/json' --data-raw '{"subject":"Call back","priority":"normal"}'
