curl --oauth2-bearer eyJhbGciOiJIUzI1NiJ9.e30.sig http://HOST/bearer
