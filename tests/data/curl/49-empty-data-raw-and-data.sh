curl http://HOST/joined --data-raw '' -d 'a=1' --data-ascii ''
