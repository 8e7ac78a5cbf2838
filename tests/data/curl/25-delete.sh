curl --request DELETE http://HOST/contacts/003
