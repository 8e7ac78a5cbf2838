curl http://HOST/empty -d ''
