print("maybe: body")
value = 7
