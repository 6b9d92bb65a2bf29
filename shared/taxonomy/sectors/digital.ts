import { entryMaker } from "../define";

const skill = entryMaker({ codePrefix: "sf.digital", category: "know-how", sector: "digital" });

/** Software and digital services: development, support, systems, data, web. */
export const digitalKnowHow = [
  skill(
    "web-development",
    ["Développement web", "développeur web", "création de sites web", "développeuse web"],
    ["Web development", "web developer", "building websites"],
  ),
  skill(
    "front-end",
    ["Développement front-end", "HTML", "CSS", "JavaScript", "intégration web", "intégrateur"],
    ["Front-end development", "HTML", "CSS", "JavaScript", "web integration"],
  ),
  skill(
    "back-end",
    ["Développement back-end", "développement serveur", "API", "PHP", "Node.js", "Java"],
    ["Back-end development", "server-side development", "APIs", "PHP", "Node.js", "Java"],
  ),
  skill(
    "mobile-development",
    ["Développement d'applications mobiles", "application mobile", "Android", "iOS"],
    ["Mobile app development", "mobile apps", "Android", "iOS"],
  ),
  skill(
    "python",
    ["Programmation Python", "Python", "scripts"],
    ["Python programming", "Python", "scripting"],
  ),
  skill(
    "databases",
    ["Bases de données", "SQL", "requêtes SQL", "PostgreSQL", "MySQL"],
    ["Databases", "SQL", "SQL queries", "PostgreSQL", "MySQL"],
  ),
  skill(
    "user-support",
    ["Support utilisateur", "assistance informatique", "helpdesk", "hotline", "technicien support"],
    ["User support", "IT support", "helpdesk", "service desk", "support technician"],
  ),
  skill(
    "pc-repair",
    [
      "Maintenance de postes informatiques",
      "réparation d'ordinateurs",
      "installation de postes",
      "dépannage PC",
    ],
    ["Computer maintenance", "PC repair", "desktop support", "setting up computers"],
  ),
  skill(
    "system-administration",
    ["Administration système", "administrateur systèmes", "Linux", "Windows Server", "serveurs"],
    ["System administration", "sysadmin", "Linux", "Windows Server", "servers"],
  ),
  skill(
    "networking",
    [
      "Administration réseau",
      "réseaux informatiques",
      "technicien réseau",
      "TCP/IP",
      "câblage réseau",
    ],
    [
      "Network administration",
      "computer networks",
      "network technician",
      "TCP/IP",
      "network cabling",
    ],
  ),
  skill(
    "cloud",
    ["Cloud et hébergement", "cloud computing", "hébergement", "virtualisation", "conteneurs"],
    ["Cloud and hosting", "cloud computing", "hosting", "virtualisation", "containers"],
  ),
  skill(
    "devops",
    ["Intégration et déploiement continus", "DevOps", "CI/CD", "automatisation des déploiements"],
    ["Continuous integration and delivery", "DevOps", "CI/CD", "deployment automation"],
  ),
  skill(
    "cybersecurity",
    ["Cybersécurité", "sécurité informatique", "sécurité des systèmes d'information", "pentest"],
    ["Cybersecurity", "information security", "IT security", "penetration testing"],
  ),
  skill(
    "testing",
    ["Test logiciel", "testeur", "recette", "assurance qualité logicielle", "tests automatisés"],
    ["Software testing", "tester", "QA", "acceptance testing", "automated tests"],
  ),
  skill(
    "version-control",
    ["Gestion de versions", "Git", "GitHub", "GitLab"],
    ["Version control", "Git", "GitHub", "GitLab"],
  ),
  skill(
    "ux-design",
    ["Conception UX/UI", "design d'interface", "UX design", "UI design", "maquettage", "Figma"],
    ["UX/UI design", "interface design", "UX design", "UI design", "wireframing", "Figma"],
  ),
  skill(
    "web-accessibility",
    ["Accessibilité numérique", "RGAA", "accessibilité web", "WCAG"],
    ["Digital accessibility", "web accessibility", "WCAG", "RGAA"],
  ),
  skill(
    "data-analysis",
    ["Analyse de données", "data analyst", "tableaux de bord", "Power BI", "statistiques"],
    ["Data analysis", "data analyst", "dashboards", "Power BI", "statistics"],
  ),
  skill(
    "spreadsheets-advanced",
    ["Tableur avancé", "Excel", "tableaux croisés dynamiques", "formules", "LibreOffice Calc"],
    ["Advanced spreadsheets", "Excel", "pivot tables", "formulas", "LibreOffice Calc"],
  ),
  skill(
    "cms",
    ["Gestion de sites avec un CMS", "WordPress", "CMS", "Drupal", "boutique en ligne"],
    ["Managing sites with a CMS", "WordPress", "CMS", "Drupal", "online shop"],
  ),
  skill(
    "seo",
    ["Référencement naturel", "SEO", "optimisation pour les moteurs de recherche"],
    ["Search engine optimisation", "SEO", "search engine optimization"],
  ),
  skill(
    "digital-marketing",
    [
      "Marketing digital",
      "community management",
      "community manager",
      "réseaux sociaux",
      "publicité en ligne",
    ],
    ["Digital marketing", "community management", "social media management", "online advertising"],
  ),
  skill(
    "graphic-design",
    ["Infographie et PAO", "graphisme", "graphiste", "Photoshop", "Illustrator", "mise en page"],
    [
      "Graphic design and DTP",
      "graphic designer",
      "Photoshop",
      "Illustrator",
      "desktop publishing",
    ],
  ),
  skill(
    "video-editing",
    ["Montage vidéo", "monteur vidéo", "tournage", "Premiere Pro", "DaVinci Resolve"],
    ["Video editing", "video editor", "filming", "Premiere Pro", "DaVinci Resolve"],
  ),
  skill(
    "project-management-it",
    ["Gestion de projet informatique", "chef de projet", "méthodes agiles", "Scrum", "Kanban"],
    ["IT project management", "project manager", "agile methods", "Scrum", "Kanban"],
  ),
  skill(
    "requirements",
    ["Recueil des besoins", "analyse fonctionnelle", "cahier des charges", "spécifications"],
    ["Requirements gathering", "business analysis", "specifications", "functional analysis"],
  ),
  skill(
    "office-software",
    ["Bureautique", "Word", "suite bureautique", "Outlook", "Google Workspace"],
    ["Office software", "Microsoft Office", "Word", "Outlook", "Google Workspace"],
  ),
  skill(
    "digital-mediation",
    [
      "Médiation numérique",
      "conseiller numérique",
      "accompagnement au numérique",
      "inclusion numérique",
    ],
    [
      "Digital mediation",
      "digital inclusion",
      "helping people get online",
      "digital skills trainer",
    ],
  ),
  skill(
    "data-entry",
    ["Saisie de données", "saisie informatique", "opérateur de saisie", "frappe rapide"],
    ["Data entry", "data input", "keyboarding", "fast typing"],
  ),
];
