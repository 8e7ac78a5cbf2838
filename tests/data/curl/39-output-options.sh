curl -s -o /dev/null -w '%{http_code}' http://HOST/quiet -d 'x=y'
