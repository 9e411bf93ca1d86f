for s in ["abc", "ABC", "123", "١٢٣", "½", "abc123", "   ", "", "Hello World", "hello_world", "٣"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalnum(), s.isspace(), s.istitle(), s.isidentifier())
