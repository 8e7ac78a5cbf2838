curl -X POST \
  'http://HOST/multi' \
  -H 'Content-Type: application/json' \
  -d '{"a":1}'
