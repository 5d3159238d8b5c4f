// Wired up in the following commits.
print("ashby-tui 0.1.0")
