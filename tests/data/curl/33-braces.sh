curl http://HOST/braces -H 'Content-Type: application/json' -d '{"template":"Hello {{first_name}}","n":1}'
