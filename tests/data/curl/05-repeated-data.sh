curl http://HOST/form -d name=Maria -d plan=premium --data 'city=New York'
