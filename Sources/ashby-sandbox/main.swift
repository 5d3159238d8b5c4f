print("ashby-sandbox")
