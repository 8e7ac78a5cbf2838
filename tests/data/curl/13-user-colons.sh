curl --user 'ops:pa:ss:word' http://HOST/basic
