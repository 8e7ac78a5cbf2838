curl --max-time 7 --connect-timeout 2 http://HOST/slow
