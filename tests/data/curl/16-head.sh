curl -I http://HOST/health
