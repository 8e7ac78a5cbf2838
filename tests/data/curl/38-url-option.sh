curl --url http://HOST/by-option -X POST -d 'a=b'
