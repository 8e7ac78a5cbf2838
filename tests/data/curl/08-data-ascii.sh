curl http://HOST/ascii --data-ascii 'a=1'
