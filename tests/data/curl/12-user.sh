curl -u maria:s3cret http://HOST/basic
