curl -k -L http://HOST/secure
