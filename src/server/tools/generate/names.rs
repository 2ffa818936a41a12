//! Words the generator builds names and texts from.

pub const FIRST: [&str; 40] = [
    "Ada", "Ben", "Chiara", "Dev", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kofi", "Lea", "Mateo", "Nora", "Omar", "Paula",
    "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wen", "Xavier", "Yara", "Zoe", "Amir", "Bea", "Carlos", "Dana", "Emil", "Fatima",
    "Gus", "Hana", "Ivan", "Julia", "Kai", "Lina", "Milo", "Nia",
];

pub const LAST: [&str; 40] = [
    "Abara",
    "Berg",
    "Costa",
    "Dahl",
    "Eze",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Jensen",
    "Kowalski",
    "Larsen",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quist",
    "Rossi",
    "Silva",
    "Tanaka",
    "Ueda",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zhang",
    "Andersen",
    "Brandt",
    "Cruz",
    "Diallo",
    "Engel",
    "Ferreira",
    "Gómez",
    "Hoffmann",
    "Iyer",
    "Jovanović",
    "Kim",
    "López",
    "Meyer",
    "Novak",
];

pub const AREAS: [&str; 25] = [
    "Payments",
    "Search",
    "Checkout",
    "Identity",
    "Billing",
    "Mobile",
    "Platform",
    "Data",
    "Growth",
    "Support",
    "Onboarding",
    "Catalog",
    "Logistics",
    "Pricing",
    "Security",
    "Insights",
    "Partners",
    "Messaging",
    "Media",
    "Accounts",
    "Infra",
    "Design",
    "Quality",
    "Sales",
    "Finance",
];

pub const CREWS: [&str; 20] = [
    "Falcon", "Otter", "Comet", "Maple", "Harbor", "Summit", "Ember", "Delta", "Lynx", "Aurora", "Pine", "Orbit", "Koi", "Cedar", "Nova",
    "Willow", "Atlas", "Fjord", "Quartz", "Heron",
];

pub const WAVE_OBJECTIVES: [&str; 12] = [
    "Customers succeed in their first week",
    "Every release is boring",
    "Win the mid-market",
    "Halve the cost to serve",
    "Make support proactive",
    "Grow revenue per customer",
    "Ship faster with fewer incidents",
    "Be the easiest product to buy",
    "Open up to partners",
    "Know our numbers every morning",
    "A phone experience people love",
    "Trust by default",
];

pub const VERBS: [&str; 10] = ["Cut", "Grow", "Launch", "Simplify", "Speed up", "Automate", "Rebuild", "Measure", "Open", "Harden"];

pub const THINGS: [&str; 12] = [
    "sign-up",
    "the checkout flow",
    "search relevance",
    "invoice runs",
    "the partner API",
    "release checks",
    "on-call",
    "data exports",
    "the mobile home screen",
    "refunds",
    "alerting",
    "price tests",
];

pub const UNITS: [&str; 6] = ["ms", "tickets", "customers", "deploys", "€k", "incidents"];

pub const PROBLEMS: [&str; 8] = [
    "Blocked on an API change from another team",
    "Test environment down half the week",
    "Two people out sick",
    "Waiting for legal review",
    "Design not final yet",
    "Vendor contract late",
    "Flaky build slows every merge",
    "Unclear who owns the migration",
];
