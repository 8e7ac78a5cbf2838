curl http://HOST/text -H 'Content-Type: text/plain' --data-binary 'Call ended after 247 s.'
