curl 'http://HOST/cmd?x=1&y=2' -X PUT -d 'a=1&b=2'
