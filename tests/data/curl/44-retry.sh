curl --retry 3 -X POST http://HOST/retry -d 'a=1'
