/// Word lists combined into realistic names, titles and prose.
enum Vocabulary {
    static let firstNames = [
        "Avery", "Jordan", "Priya", "Mateo", "Chen", "Amara", "Lucas", "Sofia", "Noah", "Aisha", "Ethan", "Mei",
        "Olivia", "Kwame", "Hannah", "Diego", "Yuki", "Liam", "Fatima", "Oscar", "Elena", "Ravi", "Grace", "Tomás",
        "Zara", "Henrik", "Nia", "Samuel", "Ingrid", "Arjun", "Chloe", "Felix", "Leila", "Marcus", "Anya", "Kenji",
        "Isabel", "Omar", "Freya", "Daniel", "Sana", "Wei", "Lena", "Jonas", "Camila", "Tariq", "Ruth", "Ivan",
        "Maya", "Emeka", "Clara", "Hugo", "Nadia", "Pablo", "Keiko", "Rosa", "Ali", "Julia", "Victor", "Esther",
    ]
    static let lastNames = [
        "Okafor", "Nakamura", "García", "Schmidt", "Patel", "Johansson", "Kim", "Oliveira", "Novak", "Haddad",
        "Brennan", "Rossi", "Mensah", "Dubois", "Kowalski", "Tanaka", "Hughes", "Fischer", "Singh", "Moreau",
        "Andersen", "Costa", "Yamamoto", "Ibrahim", "Walsh", "Ferreira", "Lindqvist", "Chen", "Murphy", "Adeyemi",
        "Sato", "Bauer", "Reyes", "Varga", "O'Connor", "Nguyen", "Larsen", "Mbeki", "Silva", "Park",
        "Horvat", "Ahmed", "Byrne", "Kaur", "Lopez", "Weber", "Popescu", "Suzuki", "Kruger", "Romero",
    ]
    static let companies = [
        "Initech", "Globex", "Hooli", "Stark Industries", "Umbrella Health", "Wayne Logistics", "Acme Robotics",
        "Pied Piper", "Soylent Foods", "Vandelay Imports", "Cyberdyne", "Massive Dynamic", "Aperture Labs",
        "Tyrell Systems", "Wonka Labs", "Oceanic Air", "Dunder Paper", "Gringotts Bank", "Monarch Energy", "Nakatomi",
    ]
    static let schools = [
        "MIT", "Stanford University", "University of Toronto", "ETH Zürich", "Imperial College London",
        "University of Lagos", "IIT Bombay", "Tsinghua University", "Universidad de Buenos Aires", "TU München",
        "University of Melbourne", "Georgia Tech", "KTH Royal Institute of Technology", "Sorbonne Université",
    ]
    static let positions = [
        "Software Engineer", "Senior Software Engineer", "Staff Engineer", "Product Manager", "Product Designer",
        "Data Scientist", "Engineering Manager", "Account Executive", "Site Reliability Engineer", "Recruiter",
        "Marketing Manager", "Financial Analyst", "Solutions Engineer", "Customer Success Manager", "QA Engineer",
    ]
    static let jobTitles = [
        "Senior Backend Engineer", "Product Designer", "Staff Platform Engineer", "Engineering Manager, Payments",
        "Account Executive, EMEA", "Data Scientist", "Site Reliability Engineer", "Frontend Engineer",
        "Product Manager, Growth", "Technical Recruiter", "Customer Success Manager", "Security Engineer",
        "Marketing Manager", "Financial Analyst", "Solutions Architect", "iOS Engineer", "Head of People",
        "Machine Learning Engineer", "Sales Development Representative", "Developer Advocate",
    ]
    static let noteSentences = [
        "Great conversation about their current projects.", "Strong ownership mindset; led a migration end to end.",
        "Asked thoughtful questions about the team and roadmap.", "Compensation expectations are above the band.",
        "Currently interviewing elsewhere; has an offer deadline next Friday.", "Prefers a hybrid schedule.",
        "Referred by a former colleague on the platform team.", "Needs visa sponsorship.",
        "Follow up after the onsite about relocation.", "Reached out on LinkedIn; replied within a day.",
        "Very clear communicator, calm under pressure.", "Would be a good fit for the infrastructure team too.",
    ]
    static let feedbackSentences = [
        "Solved the main problem quickly and explained the trade-offs well.",
        "Struggled with the follow-up question on concurrency.", "Clean code, good tests, sensible naming.",
        "Communication was clear throughout the interview.", "Did not ask clarifying questions before coding.",
        "Strong product sense; pushed back on the requirements in a good way.",
        "System design was shallow on data consistency.", "Great collaboration signals during pairing.",
        "Would like a second opinion on depth of experience.", "Excellent culture add; very curious.",
    ]
    static let cities: [(city: String, region: String?, country: String)] = [
        ("San Francisco", "California", "United States"), ("New York", "New York", "United States"),
        ("London", nil, "United Kingdom"), ("Berlin", "Berlin", "Germany"), ("Toronto", "Ontario", "Canada"),
        ("Lagos", "Lagos", "Nigeria"), ("Bangalore", "Karnataka", "India"), ("São Paulo", "São Paulo", "Brazil"),
        ("Tokyo", nil, "Japan"), ("Sydney", "New South Wales", "Australia"), ("Austin", "Texas", "United States"),
        ("Dublin", nil, "Ireland"),
    ]
    static let timezones = [
        "America/Los_Angeles", "America/New_York", "Europe/London", "Europe/Berlin", "America/Toronto",
        "Africa/Lagos", "Asia/Kolkata", "America/Sao_Paulo", "Asia/Tokyo", "Australia/Sydney",
        "America/Chicago", "Europe/Dublin",
    ]
}
