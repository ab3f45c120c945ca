"""Seed content for the course "Understanding Child Neglect".

Pure data. Every fact comes from the source documents in shared/seeds/, and each lesson
names the documents it draws on. Case studies are fictional and illustrative only.
"""

from __future__ import annotations

COURSE = {
    "slug": "understanding-child-neglect",
    "title": "Understanding Child Neglect",
    "summary": (
        "A practical introduction to child neglect for everyone who works with children and "
        "families: what it is, how to recognise it at every age, and what to do when you are "
        "worried."
    ),
    "audience_description": (
        "Practitioners in any agency - health, police, schools and early years, social care, "
        "housing and the voluntary and community sector - who may come into contact with "
        "children, young people or their parents and carers."
    ),
    "learning_outcomes": [
        "By the end you will be able to explain the Working Together definition of neglect "
        "in plain words and say why neglect matters, using figures from named sources.",
        "By the end you will be able to describe the main types of neglect and recognise "
        "possible signs from before birth through to adolescence.",
        "By the end you will be able to explain cumulative harm and how 'start again "
        "syndrome' and drift can hide it.",
        "By the end you will be able to keep the child's voice and lived experience at the "
        "centre of your work, including for disabled children and children with additional "
        "needs.",
        "By the end you will be able to work with the whole family, telling the difference "
        "between poverty and neglect and recognising disguised compliance.",
        "By the end you will be able to use thresholds, assessment tools such as GCP2 and "
        "WeCAN, and escalation policies, and know what to do when you are worried about a "
        "child, including calling 999 in an emergency.",
    ],
    "estimated_minutes": 90,
    "cpd_minutes": 90,
    "pass_mark": 80,
    "validity_months": 36,
    "audience": "practitioners",
    "prerequisites": [],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "what-neglect-is",
            "title": "What neglect is",
            "summary": (
                "The Working Together definition of neglect, what children need to thrive, "
                "and why neglect matters so much."
            ),
            "sources": [
                {
                    "file": "birmingham-neglect-strategy-2022-26.txt",
                    "title": "Birmingham Neglect Strategy 2022-26",
                },
                {
                    "file": "south-west-london-joint-neglect-strategy.txt",
                    "title": "South West London Joint Child Neglect Strategy (Croydon, "
                    "Kingston and Richmond, Merton and Wandsworth)",
                },
                {
                    "file": "wolverhampton-neglect-strategy.txt",
                    "title": "Wolverhampton Neglect Strategy",
                },
                {
                    "file": "walsall-neglect-strategy-update.txt",
                    "title": "Walsall Child Neglect Strategy Update",
                },
            ],
            "body": [
                (
                    "text",
                    "<h2>What children need</h2>"
                    "<p>Every child, including an unborn baby, needs the basics to grow and "
                    "thrive: enough food and water, shelter, warmth, protection and health "
                    "care. Children also need more than the basics. They need carers who are "
                    "warm and who are emotionally available to them, day in and day out. "
                    "They need stimulation, guidance and boundaries.</p>"
                    "<p>The Birmingham Neglect Strategy 2022-26 puts it simply: children are "
                    "neglected when the things they need to develop and grow are not "
                    "provided for them.</p>"
                    "<h2>The Working Together definition</h2>"
                    "<p>The national statutory guidance, <em>Working Together to Safeguard "
                    "Children</em>, gives the definition that all the partnerships in this "
                    "course use. In plain words, neglect is:</p>"
                    "<ul>"
                    "<li>a <strong>persistent</strong> failure to meet a child's basic "
                    "physical needs, psychological needs, or both;</li>"
                    "<li>which is <strong>likely to cause serious harm</strong> to the "
                    "child's health or development.</li>"
                    "</ul>"
                    "<p>The definition goes on to say that neglect can happen during "
                    "pregnancy, for example as a result of the mother's substance misuse. "
                    "After the baby is born, neglect may mean a parent or carer fails to:</p>"
                    "<ul>"
                    "<li>provide enough food, clothing and shelter (this includes shutting a "
                    "child out of the home or abandoning them);</li>"
                    "<li>protect the child from physical and emotional harm or danger;</li>"
                    "<li>make sure the child is properly supervised (this includes leaving "
                    "the child with carers who are not able to look after them properly);"
                    "</li>"
                    "<li>make sure the child can get the medical care or treatment they "
                    "need.</li>"
                    "</ul>"
                    "<p>Neglect can also mean ignoring, or not responding to, a child's basic "
                    "emotional needs.</p>"
                    "<p>The Birmingham and Wolverhampton strategies quote the 2018 version of "
                    "Working Together. The South West London joint strategy quotes the 2023 "
                    "version, which adds one more item to the list: failing to provide "
                    "suitable education.</p>"
                    "<p>You can read the current guidance on GOV.UK: "
                    '<a href="https://www.gov.uk/government/publications/'
                    'working-together-to-safeguard-children--2">Working Together to '
                    "Safeguard Children</a>.</p>",
                ),
                (
                    "accordion",
                    {
                        "items": [
                            {
                                "heading": "Basic needs",
                                "text": (
                                    "<p>The South West London strategy explains that "
                                    "'basic needs' covers everything a child needs for "
                                    "healthy growth and development. That includes "
                                    "physical, emotional, educational and medical needs, "
                                    "not just food and a roof.</p>"
                                ),
                            },
                            {
                                "heading": "Persistent failure",
                                "text": (
                                    "<p>Neglect is about an ongoing, repeated failure to "
                                    "meet a child's needs. A single missed meal or one "
                                    "untidy day is not neglect. A pattern of needs going "
                                    "unmet, over time, may be.</p>"
                                ),
                            },
                            {
                                "heading": "Serious impairment",
                                "text": (
                                    "<p>The failure has to be serious enough that it is "
                                    "likely to cause significant harm to the child's "
                                    "health or development. This is why it matters to "
                                    "look at the impact on the child, not just at the "
                                    "state of the home or the behaviour of the adults.</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "good_practice",
                        "heading": "Say 'child neglect'",
                        "text": (
                            "<p>The South West London strategy deliberately uses the term "
                            "'child neglect'. Phrases such as 'neglect is present in the "
                            "home' make neglect sound like something in the air. Talking "
                            "about child neglect keeps the focus on the child: what is "
                            "happening to them, the harm it causes, and what needs to "
                            "change.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Why neglect matters</h2>"
                    "<p>Neglect is the most common form of child abuse in the UK. The "
                    "Birmingham, South West London and Walsall documents all say this. "
                    "Some of the figures they give are below. Each one is named with the "
                    "document it comes from.</p>"
                    "<ul>"
                    "<li><strong>About 1 in 10 children</strong> in the UK experience "
                    "neglect. This is an NSPCC estimate, quoted in the Birmingham Neglect "
                    "Strategy 2022-26 and the South West London joint strategy.</li>"
                    "<li>Neglect is the most common reason for a child to have a child "
                    "protection plan: <strong>around 50%</strong> of plans (Birmingham "
                    "Neglect Strategy 2022-26). The South West London strategy says neglect "
                    "concerns are found in about half of the children on a child protection "
                    "plan, citing the NSPCC.</li>"
                    "<li>Neglect was a cause of death or a contributing factor in "
                    "<strong>75% of Serious Case Reviews</strong>, which are now called Child "
                    "Safeguarding Practice Reviews (Birmingham Neglect Strategy 2022-26).</li>"
                    "<li>Police recorded <strong>nearly 37,000 child cruelty offences</strong> "
                    "in 2023/24, a number that has been rising (South West London joint "
                    "strategy, citing the NSPCC).</li>"
                    "</ul>"
                    "<p>The Wolverhampton strategy gives figures from reviews of serious "
                    "incidents. Neglect was the main form of serious harm in only "
                    "<strong>7%</strong> of incidents. But it was an underlying feature in "
                    "<strong>35%</strong> of incidents where a child died and "
                    "<strong>34%</strong> of incidents where a child was seriously harmed but "
                    "did not die. It was a feature in <strong>40%</strong> of deaths related "
                    "to (but not directly caused by) maltreatment, including "
                    "<strong>45%</strong> of cases of sudden unexpected death in infancy "
                    "(SUDI).</p>"
                    "<p>The message is that neglect is rarely the one dramatic event. It is "
                    "often the background that makes other harm more likely.</p>"
                    "<h2>The long-term impact</h2>"
                    "<p>Neglect can cause significant harm that lasts into adulthood "
                    "(Walsall Child Neglect Strategy Update). The Wolverhampton strategy "
                    "points to research on adverse childhood experiences (ACEs): the longer "
                    "a child experiences abuse or neglect, the worse their physical, mental "
                    "and social outcomes are likely to be.</p>"
                    "<p>The South West London strategy describes the areas of a child's life "
                    "that neglect can affect:</p>"
                    "<ul>"
                    "<li><strong>Physical health</strong> - poor growth, malnutrition, "
                    "developmental delay, skin and dental problems, more illness and "
                    "injury.</li>"
                    "<li><strong>Emotional wellbeing</strong> - insecure attachment, "
                    "difficulty trusting people, anxiety, depression and low "
                    "self-esteem.</li>"
                    "<li><strong>Learning</strong> - problems with concentration, memory and "
                    "problem-solving, poor school attendance and not reaching their "
                    "potential.</li>"
                    "<li><strong>Social life and behaviour</strong> - isolation, difficulty "
                    "making friends, aggression, withdrawal or antisocial behaviour.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "Neglect measures what is missing",
                        "text": (
                            "<p>The Birmingham strategy points out that neglect is usually "
                            "an absence or omission of care. Professionals have to notice "
                            "what isn't there: the meal that isn't eaten, the appointment "
                            "that isn't kept, the comfort that isn't given. That is harder "
                            "than spotting an injury, and it is one reason neglect is "
                            "missed.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "reflection",
                        "heading": "Think about your own role",
                        "text": (
                            "<p>Which of the child's needs listed above could you see, or "
                            "hear about, in your day-to-day work? Which would be invisible "
                            "to you unless you asked?</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "Which statement best matches the Working Together "
                                    "definition of neglect?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "Working Together defines neglect as the persistent "
                                    "failure to meet a child's basic physical and/or "
                                    "psychological needs, likely to result in serious "
                                    "impairment of the child's health or development."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "A single serious incident in which a child "
                                            "is left without food."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Not quite. Neglect is about a persistent "
                                            "failure, not a single incident."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "A persistent failure to meet a child's basic "
                                            "physical and/or psychological needs, likely "
                                            "to seriously impair their health or "
                                            "development."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Note the three key elements: basic "
                                            "needs, persistent failure and serious "
                                            "impairment."
                                        ),
                                    },
                                    {
                                        "text": "Any child growing up in a low-income family.",
                                        "correct": False,
                                        "feedback": (
                                            "No. Poverty can make it harder to meet a "
                                            "child's needs, but it is not the same as "
                                            "neglect."
                                        ),
                                    },
                                    {
                                        "text": "Only a failure to give a child enough food.",
                                        "correct": False,
                                        "feedback": (
                                            "No. Food is part of it, but the definition "
                                            "also covers shelter, protection, "
                                            "supervision, medical care and emotional "
                                            "needs."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Which of these are part of the Working Together "
                                    "definition of neglect? Select all that apply."
                                ),
                                "multiple": True,
                                "explanation": (
                                    "The definition covers neglect in pregnancy as a result "
                                    "of maternal substance abuse, failing to ensure "
                                    "adequate supervision (including inadequate "
                                    "caregivers), and unresponsiveness to a child's basic "
                                    "emotional needs. Different parenting styles are not, "
                                    "on their own, neglect."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Neglect during pregnancy as a result of "
                                            "maternal substance abuse."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. The definition says neglect can "
                                            "begin before birth."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Failing to ensure adequate supervision, "
                                            "including leaving a child with unsuitable "
                                            "carers."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Inadequate caregivers are named in "
                                            "the definition."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Not responding to a child's basic emotional needs."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Emotional needs are part of the "
                                            "definition, not an add-on."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Raising a child in a different way from how "
                                            "the professional would raise their own."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. Families raise children in different "
                                            "ways. The question is whether the child's "
                                            "needs are being met."
                                        ),
                                    },
                                ],
                            },
                        ]
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "types-of-neglect",
            "title": "Types of neglect",
            "summary": (
                "The different forms child neglect can take, the patterns behind it, and the "
                "settings in which it can be missed."
            ),
            "sources": [
                {
                    "file": "south-west-london-joint-neglect-strategy.txt",
                    "title": "South West London Joint Child Neglect Strategy (Croydon, "
                    "Kingston and Richmond, Merton and Wandsworth)",
                },
                {
                    "file": "birmingham-neglect-strategy-2022-26.txt",
                    "title": "Birmingham Neglect Strategy 2022-26",
                },
                {
                    "file": "wolverhampton-neglect-strategy.txt",
                    "title": "Wolverhampton Neglect Strategy",
                },
            ],
            "body": [
                (
                    "text",
                    "<h2>One word, many forms</h2>"
                    "<p>Child neglect can happen at any stage of a child's life. A child may "
                    "experience one type of neglect or several at the same time. The South "
                    "West London joint strategy sets out six types. Knowing them helps you "
                    "name what you are seeing, and explain it clearly to colleagues.</p>",
                ),
                (
                    "accordion",
                    {
                        "items": [
                            {
                                "heading": "Physical neglect",
                                "text": (
                                    "<p>Not providing enough food, clothing or shelter. "
                                    "Not protecting the child from physical harm or "
                                    "danger. Not supervising the child properly, "
                                    "including leaving them with unsuitable carers. Not "
                                    "making sure the child gets medical care or "
                                    "treatment.</p>"
                                ),
                            },
                            {
                                "heading": "Emotional neglect",
                                "text": (
                                    "<p>Not giving the child emotional support, love and "
                                    "affection. Not looking after the child's emotional "
                                    "wellbeing and development. Not protecting the child "
                                    "from emotional harm. The Wolverhampton strategy "
                                    "reminds us that children need love, care and "
                                    "attention as well as physical care.</p>"
                                ),
                            },
                            {
                                "heading": "Educational neglect",
                                "text": (
                                    "<p>Not making sure the child gets a suitable "
                                    "education. This includes not registering a child "
                                    "with a school, allowing the child to miss school "
                                    "again and again, and not getting the child the "
                                    "special educational support they need.</p>"
                                ),
                            },
                            {
                                "heading": "Medical neglect",
                                "text": (
                                    "<p>Ignoring or delaying essential medical, dental or "
                                    "mental health treatment. The South West London "
                                    "strategy includes parents or carers who do not "
                                    "accept a diagnosis, or who refuse treatment even "
                                    "though the child wants it. Delay can have a lasting "
                                    "effect on the child's mental health.</p>"
                                    "<p>The strategy also points health staff to their "
                                    "local 'Was Not Brought' guidance. The wording is a "
                                    "reminder that a young child cannot take themselves "
                                    "to an appointment: a missed appointment is about the "
                                    "adult, not the child.</p>"
                                ),
                            },
                            {
                                "heading": "Nutritional neglect",
                                "text": (
                                    "<p>Not giving the child enough to eat, or giving "
                                    "food with so little nutritional value that it "
                                    "affects their growth and development. The "
                                    "Birmingham strategy lists hunger, dental decay and "
                                    "being under or overweight among the possible warning "
                                    "signs in school-age children.</p>"
                                ),
                            },
                            {
                                "heading": "Supervisory neglect",
                                "text": (
                                    "<p>Not supervising the child well enough, so they "
                                    "are exposed to danger or harmful situations. This "
                                    "includes unsuitable care arrangements. The "
                                    "Birmingham strategy says a lack of supervision and "
                                    "boundaries is the most common way older children's "
                                    "needs are neglected, putting them at risk in the "
                                    "community and online.</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "text",
                    "<h2>Three patterns behind neglect</h2>"
                    "<p>The South West London strategy describes three types of neglect set "
                    "out by Ray Jones. They help you think about <em>why</em> a child is "
                    "being neglected, which shapes what help will work.</p>"
                    "<ol>"
                    "<li><strong>Passive neglect.</strong> Neglect by omission. Parents or "
                    "carers are worn down by things like long-term poverty, poor health and "
                    "lack of support. They are exhausted and do not have the energy or "
                    "resources to meet their children's needs. Help focuses on supporting "
                    "them to get back the capacity to care.</li>"
                    "<li><strong>Chaotic neglect.</strong> Parents or carers may be busy and "
                    "active, but focused on their own needs rather than their children's. "
                    "They may have had poor parenting themselves and not understand what "
                    "their children need. Help includes parenting programmes and family "
                    "nurse partnerships, and challenging parents about the effect of their "
                    "behaviour on their children.</li>"
                    "<li><strong>Active neglect.</strong> Deliberate, intentional neglect, "
                    "often linked to anger and control. One or more children may be "
                    "singled out and blamed. This can quickly escalate into severe abuse "
                    "and needs prompt, decisive action, which may include a criminal "
                    "investigation.</li>"
                    "</ol>"
                    "<p>The Birmingham strategy makes a similar point. Neglect can be "
                    "deliberate or unintentional. Where parents understand the harm they are "
                    "causing and carry on, this must be taken very seriously. In most cases, "
                    "though, neglect happens because the parent's or carer's own needs are "
                    "being put before the child's, and support should be offered.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "Neglect rarely comes alone",
                        "text": (
                            "<p>The Wolverhampton strategy asks professionals to be aware "
                            "that other forms of abuse, such as physical or sexual abuse, "
                            "are more likely where there is severe neglect. Think about this "
                            "in every assessment.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Where neglect can be hidden</h2>"
                    "<p>The South West London strategy describes some settings that can "
                    "make neglect harder to see or easier to explain away:</p>"
                    "<ul>"
                    "<li><strong>The home environment.</strong> Homes that are unsafe or "
                    "unsanitary, or where the adults are absent or do not respond to the "
                    "child.</li>"
                    "<li><strong>Affluence.</strong> Neglect happens in well-off families "
                    "too. Wealth can mean a child's emotional needs are unmet, for example "
                    "if they are isolated at boarding school. Wealthy parents may use their "
                    "status, or legal challenge, to resist child protection work, and "
                    "private support for the child can mean services never hear about "
                    "them.</li>"
                    "<li><strong>Cultural or religious practice.</strong> Beliefs or "
                    "practices can sometimes limit a child's access to health care, "
                    "education or social life. Professionals must be culturally sensitive "
                    "and still put the child's rights and wellbeing first.</li>"
                    "<li><strong>The cost of living.</strong> In London, rising costs have "
                    "led to unstable housing, food insecurity and more stress for parents. "
                    "This can reduce parents' capacity to care. Support for families in "
                    "financial hardship is a key part of preventing neglect.</li>"
                    "</ul>",
                ),
                (
                    "case_study",
                    {
                        "title": "Sam, aged 13 (fictional)",
                        "text": (
                            "<p>This is an invented example to help you think. Sam "
                            "boards at a private school during term. Both parents work "
                            "abroad for long periods. In the holidays Sam often stays with "
                            "different family friends. The school nurse has noticed that "
                            "Sam seems low, is not eating well and has talked about "
                            "feeling that nobody notices them.</p>"
                            "<p>The nurse recommended an assessment for Sam's mental "
                            "health and Sam said they wanted help. Sam's parents refused. "
                            "They said they would arrange private support instead, but "
                            "nothing has happened in the three months since. When the "
                            "school raised this, the parents' lawyer wrote to say the "
                            "school was overstepping.</p>"
                        ),
                        "questions": (
                            "<ul>"
                            "<li>Which types of neglect might Sam be experiencing?</li>"
                            "<li>How might the family's wealth make Sam's needs harder to "
                            "see?</li>"
                            "<li>Whose needs are being put first in this story?</li>"
                            "<li>What would you record, and who would you talk to?</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "A parent refuses treatment for their child's "
                                    "diagnosed condition, even though the child wants the "
                                    "treatment. Which type of neglect does the South West "
                                    "London strategy say this is?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "The South West London strategy includes refusing "
                                    "treatment, or not accepting a diagnosis, despite the "
                                    "child wanting to engage, within medical neglect."
                                ),
                                "options": [
                                    {
                                        "text": "Medical neglect",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Ignoring, delaying or refusing "
                                            "essential treatment is medical neglect."
                                        ),
                                    },
                                    {
                                        "text": "Educational neglect",
                                        "correct": False,
                                        "feedback": (
                                            "No. Educational neglect is about schooling "
                                            "and special educational support."
                                        ),
                                    },
                                    {
                                        "text": "Supervisory neglect",
                                        "correct": False,
                                        "feedback": (
                                            "No. Supervisory neglect is about a child "
                                            "being left exposed to danger."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "It is not neglect because it is the parent's choice"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. The strategy is clear that this can be "
                                            "neglect, especially when the child wants the "
                                            "treatment."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "In Ray Jones's three types of neglect, which best "
                                    "describes 'passive neglect'?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "Passive neglect is neglect by omission, often because "
                                    "parents are overwhelmed by things like chronic "
                                    "poverty, poor health and lack of support."
                                ),
                                "options": [
                                    {
                                        "text": "Deliberate neglect driven by anger and control.",
                                        "correct": False,
                                        "feedback": "No. That describes active neglect.",
                                    },
                                    {
                                        "text": (
                                            "Parents who are active but focused on their "
                                            "own needs rather than their children's."
                                        ),
                                        "correct": False,
                                        "feedback": "No. That describes chaotic neglect.",
                                    },
                                    {
                                        "text": (
                                            "Neglect by omission from parents who are "
                                            "exhausted and overwhelmed by their "
                                            "circumstances."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Help focuses on restoring the "
                                            "parents' capacity to care."
                                        ),
                                    },
                                ],
                            },
                        ]
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "cumulative-harm",
            "title": "Cumulative harm and 'start again syndrome'",
            "summary": (
                "Why neglect builds up over time, and how starting afresh with every new "
                "referral can hide the harm a child is living with."
            ),
            "sources": [
                {
                    "file": "wolverhampton-neglect-strategy.txt",
                    "title": "Wolverhampton Neglect Strategy",
                },
                {
                    "file": "birmingham-neglect-strategy-2022-26.txt",
                    "title": "Birmingham Neglect Strategy 2022-26",
                },
                {
                    "file": "seven-minute-briefing-multi-agency-audit-neglect.txt",
                    "title": "7 Minute Briefing: Walsall Child Multi-Agency Audit - Neglect",
                },
            ],
            "body": [
                (
                    "text",
                    "<h2>What cumulative harm means</h2>"
                    "<p>The Wolverhampton strategy explains that the ideas of 'cumulative "
                    "risk' and 'cumulative harm' were first described by Bromfield and "
                    "Higgins in Australia in 2005. In plain words, cumulative harm is the "
                    "effect of patterns of circumstances and events in a child's life that "
                    "slowly wear away their sense of safety, stability and wellbeing. It "
                    "comes from many episodes of abuse, or many layers of neglect, building "
                    "on top of each other.</p>"
                    "<p>The Birmingham strategy makes the same point. Neglect is cumulative. "
                    "Its impact usually comes from many incidents rather than one single "
                    "act. That is why agencies need to work together, stay curious and "
                    "share concerns in good time.</p>"
                    "<h2>Waiting for the 'big incident'</h2>"
                    "<p>The Wolverhampton strategy warns of a real danger in neglect work. "
                    "Professionals can find themselves waiting for one serious incident to "
                    "prove that a child is suffering significant harm on a particular day. "
                    "With neglect, that day may never come. Instead, lots of smaller "
                    "concerns, when they are pulled together, can show significant harm "
                    "over time.</p>"
                    "<p>Each small concern on its own can look minor: a missed health "
                    "appointment, a child arriving hungry, a few days off school, a nappy "
                    "rash that keeps coming back. Seen together and over months, they may "
                    "show a child whose needs are persistently not being met - which is the "
                    "heart of the definition of neglect.</p>"
                    "<p>The strategy also notes that recognising cumulative harm does not "
                    "always lead to lasting change for children. Seeing the pattern is only "
                    "the first step. Acting on it is what matters.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "'Start again syndrome'",
                        "text": (
                            "<p>The Wolverhampton strategy's glossary describes 'start "
                            "again syndrome' as failing to review and analyse, in a "
                            "systematic way, what is already known about a child, and "
                            "failing to think properly about the cumulative harm of "
                            "living with long-term neglect.</p>"
                            "<p>In practice this can look like treating each new referral "
                            "as if it were the first, closing a case after a short "
                            "improvement and then opening it again months later, or a new "
                            "worker starting from scratch without reading the history.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Drift and over-optimism</h2>"
                    "<p>Cumulative harm is easier to miss when plans drift. The Walsall "
                    "multi-agency audit of neglect (summarised in a 7 minute briefing) "
                    "looked at five children under 5. It found that, in some cases, the "
                    "child's plan was not reviewed and changed in a timely way. The same "
                    "plan simply carried on. It also found that updated plans were not "
                    "routinely shared with partners.</p>"
                    "<p>The Birmingham strategy warns that practitioners who work mainly "
                    "with the adults in a family can become over-optimistic about a "
                    "parent's capacity to change, or focus on the adult's needs rather than "
                    "the child's.</p>"
                    "<p>Birmingham tracks some indicators that can point to repeating "
                    "patterns, including:</p>"
                    "<ul>"
                    "<li>children on a child protection plan for neglect for a second or "
                    "later time;</li>"
                    "<li>how long child protection plans for neglect stay open;</li>"
                    "<li>repeat referrals where neglect is a concern.</li>"
                    "</ul>"
                    "<h2>Growing families</h2>"
                    "<p>The Wolverhampton strategy highlights learning from Child "
                    "Safeguarding Practice Reviews about 'growing families and growing "
                    "children'. Parents who coped with one child may struggle when there "
                    "are more. The strategy asks partners to think about parents' capacity "
                    "to care safely for larger groups of brothers and sisters, and about "
                    "the extra demands of caring for a fully dependent baby alongside other "
                    "young children.</p>"
                    "<h2>Tools that help you see the whole picture</h2>"
                    "<ul>"
                    "<li><strong>A chronology</strong> - a dated list of significant events "
                    "and concerns in the child's life. The Birmingham strategy recommends "
                    "chronologies to help understand the family as a whole.</li>"
                    "<li><strong>The WeCAN tool</strong> - in Wolverhampton, where there is "
                    "cumulative harm, the Wolverhampton Children's Assessment of Neglect "
                    "(WeCAN) is expected to be used to evidence the impact of the "
                    "concerns.</li>"
                    "<li><strong>GCP2</strong> - the Graded Care Profile 2, used in "
                    "Birmingham and Walsall among other areas, helps describe the quality "
                    "of care a child receives. Lesson 7 covers these tools in more "
                    "detail.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "good_practice",
                        "heading": "Avoiding start again syndrome",
                        "text": (
                            "<ul>"
                            "<li>Read the history before you act on a new concern.</li>"
                            "<li>Keep, and use, a chronology.</li>"
                            "<li>Ask what has actually changed for the child since the last "
                            "plan - not just what the adults say has changed.</li>"
                            "<li>Compare what you see now with previous assessments.</li>"
                            "<li>Use supervision to step back and look at the pattern.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "case_study",
                    {
                        "title": "The Green family (fictional)",
                        "text": (
                            "<p>This is an invented example. Ellie is 6 and her brother "
                            "Max is 3. A new baby is due. Over four years the family has "
                            "had three short periods of early help support. Each time, "
                            "things improved for a few weeks: the house was tidier and "
                            "the children went to appointments. Each time, the case was "
                            "closed.</p>"
                            "<p>Ellie's school now reports that she often arrives hungry, "
                            "has had several days off this term and has tooth decay. A "
                            "new family support worker is allocated. She has not yet read "
                            "the previous records. Her first thought is that the family "
                            "'just needs a bit of help with routines'.</p>"
                        ),
                        "questions": (
                            "<ul>"
                            "<li>What might the worker miss if she treats this as a new "
                            "case?</li>"
                            "<li>What would a chronology show that a single referral does "
                            "not?</li>"
                            "<li>How might the new baby change the picture for Ellie and "
                            "Max?</li>"
                            "<li>What would you want to see to be confident that change "
                            "will last this time?</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "According to the Wolverhampton strategy, what is "
                                    "'start again syndrome'?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "The Wolverhampton glossary describes it as failing to "
                                    "systematically review and analyse information about "
                                    "the child, and failing to consider the cumulative "
                                    "harm of ongoing chronic neglect."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Giving a family a fresh start by closing old "
                                            "records, which is good practice."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. Ignoring the history is exactly the "
                                            "problem the term describes."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Failing to review what is already known and "
                                            "to consider the cumulative harm of long-term "
                                            "neglect."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Each concern is treated as new, so "
                                            "the pattern is missed."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "A parent repeatedly starting and stopping a "
                                            "parenting course."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. The term is about how professionals "
                                            "handle information, not about parents."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Why is waiting for a single serious incident a "
                                    "problem in neglect cases?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "The Wolverhampton strategy explains that with "
                                    "neglect, many smaller issues, when collated, may show "
                                    "significant harm over time."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Because neglect is usually shown by many "
                                            "smaller concerns which, taken together, show "
                                            "significant harm over time."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. The harm is in the pattern, not a single day."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Because a serious incident always means the "
                                            "police must lead."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. The point is that neglect often has no "
                                            "single serious incident at all."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "It is not a problem: without a serious "
                                            "incident there is no evidence of harm."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. Collating smaller concerns is how "
                                            "cumulative harm is evidenced."
                                        ),
                                    },
                                ],
                            },
                        ]
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "signs-by-age",
            "title": "Signs of neglect by age",
            "summary": (
                "How neglect can show itself, and what it can do to a child, from before "
                "birth through to the teenage years."
            ),
            "sources": [
                {
                    "file": "birmingham-neglect-strategy-2022-26.txt",
                    "title": "Birmingham Neglect Strategy 2022-26",
                },
                {
                    "file": "south-west-london-joint-neglect-strategy.txt",
                    "title": "South West London Joint Child Neglect Strategy (Croydon, "
                    "Kingston and Richmond, Merton and Wandsworth)",
                },
                {
                    "file": "wolverhampton-neglect-strategy.txt",
                    "title": "Wolverhampton Neglect Strategy",
                },
            ],
            "body": [
                (
                    "text",
                    "<h2>Signs are clues, not proof</h2>"
                    "<p>Neglect looks different at different ages. A baby cannot tell you "
                    "they are hungry. A teenager may hide it well. The Birmingham Neglect "
                    "Strategy 2022-26 sets out, for each age group, the possible impact of "
                    "neglect and the warning signs professionals might notice. The South "
                    "West London joint strategy adds more detail. Both are summarised "
                    "below.</p>"
                    "<p>The Birmingham strategy is honest that signs of neglect vary "
                    "widely and that professionals can disagree about what 'good enough' "
                    "care looks like. A single sign does not prove neglect. Many signs "
                    "could have other causes. Use them as a prompt to be curious, to look "
                    "at the pattern over time and to talk to colleagues in other agencies "
                    "- not as a checklist that gives an answer.</p>",
                ),
                (
                    "accordion",
                    {
                        "items": [
                            {
                                "heading": "Before birth",
                                "text": (
                                    "<p>Neglect can begin before a baby is born.</p>"
                                    "<p><strong>Possible impact:</strong> low birth "
                                    "weight, premature birth, a higher risk of Sudden "
                                    "Infant Death Syndrome (SIDS) and harm to brain "
                                    "development (Birmingham).</p>"
                                    "<p><strong>Warning signs might include:</strong></p>"
                                    "<ul>"
                                    "<li>poor engagement with antenatal (pregnancy) "
                                    "care;</li>"
                                    "<li>a history of neglect, either of previous children "
                                    "or in the parent's own childhood;</li>"
                                    "<li>self-neglect;</li>"
                                    "<li>drug or alcohol misuse in pregnancy;</li>"
                                    "<li>mental health difficulties;</li>"
                                    "<li>learning disability.</li>"
                                    "</ul>"
                                    "<p>The South West London strategy adds that not "
                                    "using maternity services raises the risk of "
                                    "complications, and that pre-birth assessments are "
                                    "vital for spotting risks early and planning "
                                    "help.</p>"
                                ),
                            },
                            {
                                "heading": "Babies and infants (0 to 2)",
                                "text": (
                                    "<p>The Birmingham strategy says children of this age "
                                    "are the most vulnerable to neglect. The South West "
                                    "London strategy notes that reviews show babies "
                                    "under one are especially at risk of the most severe "
                                    "outcomes, including fatal injury. They are "
                                    "physically fragile, often unseen by the wider "
                                    "community, and cannot say what they need.</p>"
                                    "<p><strong>Possible impact:</strong> failure to "
                                    "thrive, more infections and injuries, poor "
                                    "attachment, poor growth and developmental delay.</p>"
                                    "<p><strong>Warning signs might include:</strong></p>"
                                    "<ul>"
                                    "<li>routine appointments missed;</li>"
                                    "<li>not gaining weight as expected;</li>"
                                    "<li>not meeting developmental milestones, or delayed "
                                    "speech;</li>"
                                    "<li>nappy rash that keeps coming back;</li>"
                                    "<li>self-soothing behaviours;</li>"
                                    "<li>a baby who is very clingy, or very "
                                    "withdrawn.</li>"
                                    "</ul>"
                                ),
                            },
                            {
                                "heading": "Pre-school children (2 to 5)",
                                "text": (
                                    "<p>Children are becoming more independent and "
                                    "should be learning about the world safely.</p>"
                                    "<p><strong>Possible impact:</strong> speech and "
                                    "language delay, more infections and injuries, and "
                                    "difficulty managing emotions or behaviour. The "
                                    "South West London strategy adds delays in social "
                                    "and thinking skills, and behaviour ranging from "
                                    "aggression and hyperactivity to withdrawal and "
                                    "anxiety.</p>"
                                    "<p><strong>Warning signs might include:</strong></p>"
                                    "<ul>"
                                    "<li>no routines;</li>"
                                    "<li>developmental delay, or delay in toilet "
                                    "training;</li>"
                                    "<li>being underweight or overweight;</li>"
                                    "<li>health problems that have not been treated;</li>"
                                    "<li>being withdrawn, or over-familiar with "
                                    "strangers.</li>"
                                    "</ul>"
                                ),
                            },
                            {
                                "heading": "School-age children (5 and over)",
                                "text": (
                                    "<p>The Birmingham strategy says this is the stage "
                                    "where the impact of earlier neglect can start to "
                                    "show.</p>"
                                    "<p><strong>Possible impact:</strong> poor social "
                                    "skills, a short attention span, low confidence, "
                                    "difficulty following rules, difficulty managing "
                                    "behaviour or emotions, and not reaching their "
                                    "potential at school.</p>"
                                    "<p><strong>Warning signs might include:</strong></p>"
                                    "<ul>"
                                    "<li>poor hygiene and appearance;</li>"
                                    "<li>low school attendance;</li>"
                                    "<li>being withdrawn, or very demanding of adult "
                                    "attention;</li>"
                                    "<li>hunger;</li>"
                                    "<li>tooth decay;</li>"
                                    "<li>being underweight or overweight.</li>"
                                    "</ul>"
                                    "<p>The South West London strategy adds that changes "
                                    "such as starting school can be especially hard, and "
                                    "that emotionally based school avoidance (EBSA) - "
                                    "when a child finds it very hard to attend school "
                                    "for emotional reasons - can be linked to "
                                    "neglect.</p>"
                                ),
                            },
                            {
                                "heading": "Adolescents (teenagers)",
                                "text": (
                                    "<p><strong>Possible impact:</strong> poor "
                                    "educational attainment, low self-esteem, mental "
                                    "health difficulties, difficulty forming healthy "
                                    "relationships and a risk of exploitation "
                                    "(Birmingham).</p>"
                                    "<p><strong>Warning signs might include:</strong></p>"
                                    "<ul>"
                                    "<li>poor school attendance;</li>"
                                    "<li>not being able to concentrate;</li>"
                                    "<li>withdrawn or disruptive behaviour in school;</li>"
                                    "<li>self-harm;</li>"
                                    "<li>involvement in crime or antisocial "
                                    "behaviour;</li>"
                                    "<li>drug or alcohol misuse.</li>"
                                    "</ul>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "text",
                    "<h2>Protecting babies</h2>"
                    "<p>The Wolverhampton strategy asks professionals to give families "
                    "consistent, accessible advice on handling babies safely and coping with "
                    "crying, and to include older brothers and sisters in that advice. The "
                    "aim is to prevent shaking and abusive head trauma. Caring for a newborn "
                    "puts physical and emotional strain on parents, and the South West "
                    "London strategy notes this strain can contribute to neglect.</p>"
                    "<h2>Teenagers need different care, not less care</h2>"
                    "<p>The Birmingham strategy asks for special thought about older "
                    "children. As children grow up they need different kinds of care, not "
                    "less of it, and some parents find this hard. Neglect of teenagers is "
                    "easy to miss because:</p>"
                    "<ul>"
                    "<li>young people may be able to hide the impact of neglect and meet "
                    "many of their own needs;</li>"
                    "<li>challenging behaviour caused by neglect can be seen as 'typical "
                    "teenage behaviour' and not explored;</li>"
                    "<li>a teenager may have lived with neglect all their life, so the harm "
                    "may be long-standing and deep.</li>"
                    "</ul>"
                    "<p>The most common way older children are neglected is a lack of "
                    "proper supervision and boundaries. This can leave them at risk of harm "
                    "in the community and online. Neglect, especially of a young person's "
                    "emotional needs, can 'push' them towards risks outside the home, such "
                    "as exploitation. The South West London strategy adds that teenagers may "
                    "hide signs of neglect, and that practitioners may see only 'problem "
                    "behaviour' rather than a response to neglect.</p>"
                    "<p>The Wolverhampton strategy asks professionals to recognise "
                    "teenagers' needs and risks early and to help young people get the "
                    "right support at the right time, to reduce the risk of child "
                    "exploitation.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "good_practice",
                        "heading": "See the child at home",
                        "text": (
                            "<p>The South West London strategy says local and national "
                            "learning shows how important it is for practitioners to see "
                            "children in their home environment to identify and evidence "
                            "concerns about neglect. Where your role allows it, notice the "
                            "home as well as the child.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "reflection",
                        "heading": "The behaviour is telling you something",
                        "text": (
                            "<p>The Wolverhampton strategy asks professionals to be "
                            "curious about what children are communicating through their "
                            "behaviour. Think of a child or young person whose behaviour "
                            "you found difficult. What might it have been telling you about "
                            "their life?</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "According to the Birmingham strategy, which age group "
                                    "is the most vulnerable to neglect?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "The Birmingham strategy says infants (0 to 2) are the "
                                    "most vulnerable to neglect. The South West London "
                                    "strategy adds that babies under one are especially at "
                                    "risk of severe outcomes."
                                ),
                                "options": [
                                    {
                                        "text": "Infants aged 0 to 2",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Babies are fragile, often unseen and "
                                            "cannot say what they need."
                                        ),
                                    },
                                    {
                                        "text": "School-age children aged 5 and over",
                                        "correct": False,
                                        "feedback": (
                                            "No. This is when earlier neglect often "
                                            "becomes visible, but infants are the most "
                                            "vulnerable."
                                        ),
                                    },
                                    {
                                        "text": "Teenagers",
                                        "correct": False,
                                        "feedback": (
                                            "No. Teenagers are vulnerable and often "
                                            "overlooked, but the strategy names infants "
                                            "as most vulnerable."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Which of these does the Birmingham strategy list as "
                                    "possible warning signs of neglect before birth? "
                                    "Select all that apply."
                                ),
                                "multiple": True,
                                "explanation": (
                                    "Pre-birth warning signs include poor engagement with "
                                    "antenatal services, drug or alcohol misuse in "
                                    "pregnancy, and a history of neglect with previous "
                                    "children or in the parent's own childhood."
                                ),
                                "options": [
                                    {
                                        "text": "Poor engagement with antenatal services",
                                        "correct": True,
                                        "feedback": "Correct. This is listed.",
                                    },
                                    {
                                        "text": "Drug or alcohol misuse in pregnancy",
                                        "correct": True,
                                        "feedback": "Correct. This is listed.",
                                    },
                                    {
                                        "text": (
                                            "A history of neglect with previous children "
                                            "or in the parent's own childhood"
                                        ),
                                        "correct": True,
                                        "feedback": "Correct. This is listed.",
                                    },
                                    {
                                        "text": "Being a first-time parent",
                                        "correct": False,
                                        "feedback": (
                                            "No. Being a first-time parent is not listed "
                                            "as a warning sign."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "A 15-year-old is often out late, has been excluded "
                                    "for disruptive behaviour and seems to look after "
                                    "himself. What does the Birmingham strategy suggest?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "Challenging behaviour in teenagers can be a result of "
                                    "neglect and is often seen as 'typical' and not fully "
                                    "explored. A lack of supervision and boundaries is the "
                                    "most common form of neglect in older children."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "This is typical teenage behaviour and needs "
                                            "no further thought."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. The strategy warns against seeing "
                                            "behaviour as 'typical' without exploring it."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Explore whether the behaviour may be a "
                                            "response to neglect, including a lack of "
                                            "supervision and boundaries."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Teenagers need different care, not less care."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Neglect is unlikely because he can meet his own needs."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. Being able to meet some of their own "
                                            "needs is one reason teenage neglect goes "
                                            "unseen."
                                        ),
                                    },
                                ],
                            },
                        ]
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ lesson 5
        {
            "slug": "additional-needs-and-childs-voice",
            "title": "Children with additional needs, and the child's voice",
            "summary": (
                "Why disabled children and children with additional needs are more "
                "vulnerable to neglect, and how to understand any child's lived experience."
            ),
            "sources": [
                {
                    "file": "birmingham-neglect-strategy-2022-26.txt",
                    "title": "Birmingham Neglect Strategy 2022-26",
                },
                {
                    "file": "south-west-london-joint-neglect-strategy.txt",
                    "title": "South West London Joint Child Neglect Strategy (Croydon, "
                    "Kingston and Richmond, Merton and Wandsworth)",
                },
                {
                    "file": "walsall-neglect-strategy-update.txt",
                    "title": "Walsall Child Neglect Strategy Update",
                },
                {
                    "file": "seven-minute-briefing-multi-agency-audit-neglect.txt",
                    "title": "7 Minute Briefing: Walsall Child Multi-Agency Audit - Neglect",
                },
            ],
            "body": [
                (
                    "text",
                    "<h2>Children with additional needs</h2>"
                    "<p>The Birmingham Neglect Strategy 2022-26 says that children with "
                    "additional physical or learning needs, disabilities or long-term health "
                    "conditions are particularly vulnerable to neglect. It gives three "
                    "reasons:</p>"
                    "<ul>"
                    "<li>their needs can be harder for carers to meet;</li>"
                    "<li>they may be less able to communicate, or to understand what is "
                    "happening to them;</li>"
                    "<li>they may be looked after by several different carers, which "
                    "increases the chance of neglect or abuse.</li>"
                    "</ul>"
                    "<p>The South West London joint strategy names some groups as "
                    "particularly vulnerable: children with behavioural or conduct "
                    "disorders, speech and language difficulties, sensory impairments (for "
                    "example children who are deaf or blind) and complex health "
                    "conditions.</p>"
                    "<h2>Extra ways a disabled child can be neglected</h2>"
                    "<p>A disabled child can experience all the same kinds of neglect as "
                    "any other child. The Birmingham strategy adds some further forms of "
                    "harm to look out for:</p>"
                    "<ul>"
                    "<li>not meeting the child's communication needs;</li>"
                    "<li>not using equipment that has been provided for the child;</li>"
                    "<li>not giving medication, or a special diet the child needs;</li>"
                    "<li>denying the child access to play or stimulation.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "Don't let the diagnosis explain everything",
                        "text": (
                            "<p>The South West London strategy points out that when a child "
                            "has special educational needs and disabilities (SEND), the "
                            "signs of severe, long-term neglect can look the same as, or be "
                            "tangled up with, the signs of the child's condition. It is "
                            "easy to put a delay or a behaviour down to the disability and "
                            "stop asking questions. Stay curious, and use training and "
                            "supervision to help you think it through.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>The child's voice and lived experience</h2>"
                    "<p>Although neglect is the most commonly identified form of child "
                    "abuse, the Birmingham strategy notes it is the form <em>least</em> "
                    "likely to be identified by children themselves. Children often do not "
                    "know that the care they get is neglectful, or that it is different "
                    "from what their friends get. So we cannot wait for a child to tell us. "
                    "We need to be creative in finding out what life is like for them.</p>"
                    "<p>'Lived experience' means what a child's daily life is actually like, "
                    "from their point of view. The Birmingham strategy suggests you build "
                    "this picture from:</p>"
                    "<ul>"
                    "<li>direct work and conversations with the child;</li>"
                    "<li>watching how the child interacts with their carers and "
                    "others;</li>"
                    "<li>how the child looks and presents;</li>"
                    "<li>the child's behaviour;</li>"
                    "<li>the home environment;</li>"
                    "<li>information from other agencies, to check and add to the "
                    "picture.</li>"
                    "</ul>"
                    "<p>It also warns that the problems that lead to neglect often mean a "
                    "parent struggles to put the child's needs before their own. "
                    "Professionals can be pulled in the same direction, and lose sight of "
                    "the child. The child must stay at the centre of every assessment and "
                    "decision.</p>",
                ),
                (
                    "accordion",
                    {
                        "items": [
                            {
                                "heading": "Children who do not use words",
                                "text": (
                                    "<p>The South West London strategy asks professionals "
                                    "to make it safe for children to express themselves, "
                                    "and to be creative in 'hearing' children who are "
                                    "pre-verbal or non-verbal. For a baby, this means "
                                    "careful observation. For a child with communication "
                                    "needs, the Birmingham strategy says to take speech "
                                    "and language needs into account and seek specialist "
                                    "advice where needed.</p>"
                                ),
                            },
                            {
                                "heading": "Children whose first language is not English",
                                "text": (
                                    "<p>The South West London strategy names English not "
                                    "being a child's first language as another reason to "
                                    "be creative in hearing them. The Walsall "
                                    "multi-agency audit of neglect found that "
                                    "interpreters were not used consistently with "
                                    "children and families whose first language is not "
                                    "English, and asks practitioners to make sure they "
                                    "are.</p>"
                                ),
                            },
                            {
                                "heading": "Young carers",
                                "text": (
                                    "<p>Some children look after a parent or a brother or "
                                    "sister. The South West London strategy asks for "
                                    "special attention to young carers. They carry extra "
                                    "pressure and responsibility, and they need support "
                                    "with their caring role while still having their own "
                                    "needs met as children.</p>"
                                ),
                            },
                            {
                                "heading": "Advocacy",
                                "text": (
                                    "<p>An advocate can help a child say what they need "
                                    "and want, especially in formal or complex "
                                    "processes. The South West London strategy says "
                                    "children on child protection plans and disabled "
                                    "children generally have access to advocates, but "
                                    "children in need do not always have this unless it "
                                    "is specially arranged.</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "text",
                    "<h2>What children say they need</h2>"
                    "<p>In Walsall, children and young people helped shape the principles "
                    "behind the partnership's neglect strategy. They said three things "
                    "matter most (Walsall Child Neglect Strategy Update):</p>"
                    "<ol>"
                    "<li><strong>Training</strong> - so that everyone understands what "
                    "neglect means, the impact it has, and the part they can play.</li>"
                    "<li><strong>Seeing and hearing children</strong> - listening to "
                    "children in every possible way: talking with them, listening to them "
                    "and seeing them.</li>"
                    "<li><strong>Taking action</strong> - having at least one adult, or a "
                    "network of adults, who listen, who they can trust and who offer "
                    "support.</li>"
                    "</ol>"
                    "<p>Seeking children's views should not stop at assessment. The South "
                    "West London strategy asks services to gather children's feedback "
                    "regularly, use it to improve what they do, and show children that "
                    "their views led to real change.</p>",
                ),
                (
                    "case_study",
                    {
                        "title": "Jay, aged 10 (fictional)",
                        "text": (
                            "<p>This is an invented example. Jay is deaf and uses sign "
                            "language. At school he has support from a signer. At home, "
                            "nobody in the family signs well. Jay's mum works long hours "
                            "and several relatives take turns looking after him. His "
                            "hearing equipment often comes to school broken or flat, and "
                            "staff notice he is tired and hungry on Mondays.</p>"
                            "<p>At a review meeting, Jay's difficulties in class are put "
                            "down to his deafness. Nobody has asked Jay, with a signer, "
                            "what his evenings and weekends are like.</p>"
                        ),
                        "questions": (
                            "<ul>"
                            "<li>Which of the additional forms of neglect for disabled "
                            "children might apply to Jay?</li>"
                            "<li>How could his difficulties be wrongly explained by his "
                            "disability?</li>"
                            "<li>How would you find out about Jay's lived experience?</li>"
                            "<li>Who is Jay's trusted adult?</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "Why does the Birmingham strategy say disabled children "
                                    "and children with additional needs are particularly "
                                    "vulnerable to neglect? Select all that apply."
                                ),
                                "multiple": True,
                                "explanation": (
                                    "The strategy gives three reasons: their needs can be "
                                    "harder for carers to meet, they may be less able to "
                                    "communicate or understand what is happening, and they "
                                    "may have several carers."
                                ),
                                "options": [
                                    {
                                        "text": "Their needs can be harder for carers to meet.",
                                        "correct": True,
                                        "feedback": "Correct. This is one of the reasons.",
                                    },
                                    {
                                        "text": (
                                            "They may be less able to communicate or to "
                                            "understand what is happening to them."
                                        ),
                                        "correct": True,
                                        "feedback": "Correct. This is one of the reasons.",
                                    },
                                    {
                                        "text": (
                                            "They may be cared for by a number of different carers."
                                        ),
                                        "correct": True,
                                        "feedback": "Correct. This is one of the reasons.",
                                    },
                                    {
                                        "text": (
                                            "Parents of disabled children are more likely "
                                            "to neglect deliberately."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. The strategy says nothing of the kind. "
                                            "The reasons are about the child's needs and "
                                            "circumstances."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "The Birmingham strategy says neglect is the form of "
                                    "abuse least likely to be identified by whom?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "Children often do not realise their care is neglectful "
                                    "or different from their peers', so professionals must "
                                    "be creative in understanding their lived experience."
                                ),
                                "options": [
                                    {
                                        "text": "Teachers",
                                        "correct": False,
                                        "feedback": (
                                            "No. The strategy is talking about the "
                                            "children themselves."
                                        ),
                                    },
                                    {
                                        "text": "Children themselves",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. So we cannot rely on children to tell us."
                                        ),
                                    },
                                    {
                                        "text": "The police",
                                        "correct": False,
                                        "feedback": (
                                            "No. The strategy is talking about the "
                                            "children themselves."
                                        ),
                                    },
                                ],
                            },
                        ]
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ lesson 6
        {
            "slug": "working-with-the-whole-family",
            "title": "Working with the whole family",
            "summary": (
                "The parental and family pressures linked to neglect, why poverty is not "
                "neglect, and how to recognise disguised compliance."
            ),
            "sources": [
                {
                    "file": "birmingham-neglect-strategy-2022-26.txt",
                    "title": "Birmingham Neglect Strategy 2022-26",
                },
                {
                    "file": "wolverhampton-neglect-strategy.txt",
                    "title": "Wolverhampton Neglect Strategy",
                },
                {
                    "file": "south-west-london-joint-neglect-strategy.txt",
                    "title": "South West London Joint Child Neglect Strategy (Croydon, "
                    "Kingston and Richmond, Merton and Wandsworth)",
                },
                {
                    "file": "walsall-neglect-strategy-update.txt",
                    "title": "Walsall Child Neglect Strategy Update",
                },
                {
                    "file": "seven-minute-briefing-multi-agency-audit-neglect.txt",
                    "title": "7 Minute Briefing: Walsall Child Multi-Agency Audit - Neglect",
                },
            ],
            "body": [
                (
                    "text",
                    "<h2>Think family</h2>"
                    "<p>Neither children nor adults live in isolation. The Birmingham "
                    "Neglect Strategy 2022-26 asks professionals to look at the family as a "
                    "whole. Any adult who lives in the home, or who the child sees often, "
                    "should be included in an assessment.</p>"
                    "<p>Neglect is very often the result of the parents' own difficulties. "
                    "Those difficulties need to be addressed if the neglect is to change. "
                    "The strategies name these pressures on parents and carers:</p>"
                    "<ul>"
                    "<li>drug or alcohol misuse;</li>"
                    "<li>mental health difficulties, such as depression or anxiety;</li>"
                    "<li>domestic abuse;</li>"
                    "<li>poor physical health;</li>"
                    "<li>learning disability;</li>"
                    "<li>their own childhood trauma - some parents grew up in neglectful "
                    "homes and never learned basic parenting skills;</li>"
                    "<li>poverty, financial problems, poor housing and homelessness.</li>"
                    "</ul>"
                    "<p>The Wolverhampton strategy asks professionals to be curious about "
                    "parents' and carers' own childhood experiences, and how these affect "
                    "their capacity to care. It says that by spotting the things that put "
                    "parents under stress, and getting them the right help at the right "
                    "time, we can protect children from neglect.</p>"
                    "<p>The South West London strategy says services that work mainly with "
                    "adults - such as housing, mental health and substance misuse services "
                    "- must take a 'Think Family' approach. That means noticing any "
                    "concerns about children and sharing them with children's services. "
                    "Walsall has built the same approach into its adult neglect strategy, "
                    "so that children affected by an adult's self-neglect are "
                    "identified.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "Poverty is not neglect",
                        "text": (
                            "<p>The Birmingham strategy is clear: not all children living "
                            "in poverty experience neglectful care. But poverty is an "
                            "important factor linked with neglect, and it can seriously "
                            "reduce parents' capacity to care.</p>"
                            "<p>So hold two things together. Do not assume that a family "
                            "with little money is neglecting their children. And do not "
                            "let poverty become a reason to accept that a child's needs "
                            "are going unmet. Help with money, food and housing is often "
                            "part of the answer - the South West London strategy says "
                            "supporting families in financial hardship is critical to "
                            "preventing neglect.</p>"
                            "<p>Remember too that neglect happens in well-off families, "
                            "where it can be harder to see.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Build on strengths and support</h2>"
                    "<p>The Walsall Child Neglect Strategy Update makes an important point: "
                    "most parents want to meet their children's needs, but sometimes need "
                    "help to do so. Parents who have support from family, friends, "
                    "neighbours and their community are more likely to provide safe and "
                    "healthy homes. Parents who are isolated may be more likely to make "
                    "poor decisions that lead to neglect.</p>"
                    "<p>Birmingham's Right Help, Right Time principles ask professionals to "
                    "be open, honest and transparent with families, to empower families by "
                    "working with them, and to build on their strengths. "
                    "The Birmingham strategy suggests:</p>"
                    "<ul>"
                    "<li>looking for support the wider family and community can offer;</li>"
                    "<li>using a <strong>chronology</strong> (a dated record of key events) "
                    "and a <strong>genogram</strong> (a family tree diagram showing who is "
                    "who and how people are related) to understand the family as a "
                    "whole;</li>"
                    "<li>offering specialist support to the adults where risks are found, "
                    "because this helps parents meet their child's needs.</li>"
                    "</ul>"
                    "<h2>Culture, identity and fairness</h2>"
                    "<p>Families raise children in many different ways, and the Birmingham "
                    "strategy says this should be respected in most cases. But cultural "
                    "sensitivity must never stop a child's needs from being met.</p>"
                    "<p>The South West London strategy recognises that Black, Asian and "
                    "minoritised ethnic families are over-represented in safeguarding "
                    "processes. It commits to challenging bias and making decisions that "
                    "are fair for families from all communities. Using interpreters "
                    "consistently, as the Walsall audit recommends, is part of this.</p>"
                    "<h2>Disguised compliance</h2>"
                    "<p>The Wolverhampton strategy's glossary uses an NSPCC description of "
                    "disguised compliance. It is when a parent or carer gives the "
                    "appearance of co-operating with professionals in order to avoid "
                    "raising suspicion, to calm professionals' concerns and to reduce their "
                    "involvement.</p>"
                    "<p>The Walsall multi-agency audit of neglect specifically asked whether "
                    "agencies responded to disguised compliance and non-engagement, and "
                    "whether engagement was meaningful. The Birmingham strategy warns that "
                    "practitioners can become over-optimistic about a parent's ability to "
                    "change.</p>"
                    "<p>The best protection is to judge progress by what changes for the "
                    "child, not by what the adults say or how many meetings they attend. "
                    "Ask: is the child eating better, attending school, gaining weight, "
                    "getting to appointments, seeming happier? The Walsall audit asked "
                    "exactly this: do the actions taken make a positive difference to the "
                    "child's lived experience?</p>",
                ),
                (
                    "case_study",
                    {
                        "title": "Mia, aged 2 (fictional)",
                        "text": (
                            "<p>This is an invented example. Mia lives with her mum, who "
                            "has depression, and her mum's partner, who drinks heavily. "
                            "Mia is on an early help plan. Her mum goes to every meeting, "
                            "is friendly and says things are 'much better now'. The "
                            "partner has never met any professional.</p>"
                            "<p>Mia's nursery reports that she is often collected late, "
                            "arrives hungry, and has nappy rash that keeps coming back. "
                            "Her two-year health check has been missed twice. Money is "
                            "tight and the family is behind on rent.</p>"
                        ),
                        "questions": (
                            "<ul>"
                            "<li>What is the evidence of change for Mia, as opposed to "
                            "what the adults say?</li>"
                            "<li>Why does it matter that the partner has not been seen?"
                            "</li>"
                            "<li>How would you separate the family's money worries from "
                            "concerns about Mia's care - and what support might help "
                            "with both?</li>"
                            "<li>What support might Mia's mum need for her own needs?</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "Which statement about poverty and neglect matches the "
                                    "Birmingham strategy?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "Not all children living in poverty experience "
                                    "neglectful care, but poverty is an important factor "
                                    "linked with neglect and can significantly reduce "
                                    "parenting capacity."
                                ),
                                "options": [
                                    {
                                        "text": "Children living in poverty are neglected.",
                                        "correct": False,
                                        "feedback": (
                                            "No. Poverty is not neglect. Many families "
                                            "with little money meet their children's needs "
                                            "well."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Poverty is not neglect, but it is an "
                                            "important linked factor that can reduce "
                                            "parenting capacity."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Hold both ideas together, and offer "
                                            "practical support."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Poverty has nothing to do with neglect and "
                                            "should not be considered."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. Poverty can significantly reduce "
                                            "parenting capacity and should be part of the "
                                            "picture."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "What is 'disguised compliance'?",
                                "multiple": False,
                                "explanation": (
                                    "The NSPCC description quoted by Wolverhampton: a "
                                    "parent or carer gives the appearance of co-operating "
                                    "to avoid raising suspicion, allay concerns and reduce "
                                    "professional involvement."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "A parent who openly refuses to work with "
                                            "professionals."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. That is non-engagement. Disguised "
                                            "compliance looks like co-operation."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "A parent who appears to co-operate in order "
                                            "to ease professionals' concerns and reduce "
                                            "their involvement."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Look for real change in the child's "
                                            "life, not just co-operation."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "A parent who follows the plan fully and "
                                            "whose child's life improves."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. That is genuine progress, which is what "
                                            "we want to see."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Which of these parental difficulties do the "
                                    "strategies link with neglect? Select all that apply."
                                ),
                                "multiple": True,
                                "explanation": (
                                    "The strategies name drug or alcohol misuse, mental "
                                    "health difficulties, domestic abuse, poverty, poor "
                                    "health, learning disability and parents' own "
                                    "childhood trauma, among others."
                                ),
                                "options": [
                                    {
                                        "text": "Drug or alcohol misuse",
                                        "correct": True,
                                        "feedback": "Correct. This is named.",
                                    },
                                    {
                                        "text": "Domestic abuse",
                                        "correct": True,
                                        "feedback": "Correct. This is named.",
                                    },
                                    {
                                        "text": "Parental mental health difficulties",
                                        "correct": True,
                                        "feedback": "Correct. This is named.",
                                    },
                                    {
                                        "text": "Working full-time",
                                        "correct": False,
                                        "feedback": (
                                            "No. Working full-time is not named as a risk "
                                            "factor for neglect."
                                        ),
                                    },
                                ],
                            },
                        ]
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ lesson 7
        {
            "slug": "thresholds-and-escalation",
            "title": "Thresholds, assessment tools and escalation",
            "summary": (
                "How levels of need guide the response to neglect, the tools partnerships "
                "use to assess it (GCP2 and WeCAN), and how to escalate when a child is not "
                "being helped."
            ),
            "sources": [
                {
                    "file": "wolverhampton-neglect-strategy.txt",
                    "title": "Wolverhampton Neglect Strategy",
                },
                {
                    "file": "birmingham-neglect-strategy-2022-26.txt",
                    "title": "Birmingham Neglect Strategy 2022-26",
                },
                {
                    "file": "walsall-neglect-strategy-update.txt",
                    "title": "Walsall Child Neglect Strategy Update",
                },
                {
                    "file": "seven-minute-briefing-multi-agency-audit-neglect.txt",
                    "title": "7 Minute Briefing: Walsall Child Multi-Agency Audit - Neglect",
                },
                {
                    "file": "south-west-london-joint-neglect-strategy.txt",
                    "title": "South West London Joint Child Neglect Strategy (Croydon, "
                    "Kingston and Richmond, Merton and Wandsworth)",
                },
            ],
            "body": [
                (
                    "text",
                    "<h2>Levels of need</h2>"
                    "<p>Children's needs sit at different levels, and the help a family gets "
                    "should match them. The strategies describe a range of responses, from "
                    "universal services (such as schools and health visiting), through "
                    "early help and family support, to child in need and child protection "
                    "work by children's social care.</p>"
                    "<p>Each partnership publishes a threshold document that explains the "
                    "levels and what help fits each one. For example:</p>"
                    "<ul>"
                    "<li>Wolverhampton uses the Wolverhampton Safeguarding Together (WST) "
                    "'Thresholds of Need and Support' document (Wolverhampton Neglect "
                    "Strategy).</li>"
                    "<li>Birmingham uses 'Right Help, Right Time' guidance, which also helps "
                    "professionals know when concerns should be escalated (Birmingham "
                    "Neglect Strategy 2022-26).</li>"
                    "<li>In South West London, practitioners are asked to check the "
                    "threshold document on their own partnership's website (South West "
                    "London joint strategy).</li>"
                    "</ul>"
                    "<p>All the strategies share the same aim: to act early. Birmingham "
                    "wants agencies to respond as soon as a need is identified. Walsall "
                    "wants children recognised and assessed before statutory intervention "
                    "is needed. Wolverhampton wants a shift away from short-term crisis "
                    "management towards effective support at an early stage, and sets out "
                    "to improve professionals' knowledge of the thresholds for neglect.</p>"
                    "<p>Wolverhampton's threshold document is online: "
                    '<a href="https://www.wolverhamptonsafeguarding.org.uk/'
                    "safeguarding-children-and-young-people/"
                    'i-work-with-children-young-people-families/thresholds-of-support">'
                    "Wolverhampton Thresholds of Need and Support</a>.</p>",
                ),
                (
                    "text",
                    "<h2>Assessment tools</h2>"
                    "<p>Because neglect is hard to measure, partnerships use structured "
                    "tools to help professionals and families see clearly what is "
                    "happening. Check which tool your partnership uses.</p>"
                    "<h3>Graded Care Profile 2 (GCP2)</h3>"
                    "<p>The NSPCC's Graded Care Profile version 2 is described by the NSPCC "
                    "as a strengths-based and evidence-based assessment tool that measures "
                    "the quality of care parents or carers give a child (quoted in the "
                    "South West London joint strategy).</p>"
                    "<ul>"
                    "<li><strong>Birmingham</strong> introduced GCP2 in 2021 to help spot "
                    "neglect earlier. It was first trialled with the Early Help workforce "
                    "in Northfield and Hodge Hill through the Family Foundations project. "
                    "GCP2 then informs a targeted family plan.</li>"
                    "<li><strong>Walsall</strong> calls GCP2 the evidence-based tool to "
                    "support work with children and families. Its multi-agency audit found "
                    "limited use of GCP2, and asks practitioners to make sure they use "
                    "it.</li>"
                    "<li><strong>South West London</strong> partnerships use GCP2 or a "
                    "Neglect Toolkit.</li>"
                    "</ul>"
                    "<p>More from the NSPCC: "
                    '<a href="https://learning.nspcc.org.uk/services-children-families/'
                    "implementation-support-for-nspcc-services/"
                    'graded-care-profile-2-gcp2">Graded Care Profile 2 (GCP2)</a>.</p>'
                    "<h3>WeCAN (Wolverhampton)</h3>"
                    "<p>WeCAN is the Wolverhampton Children's Assessment of Neglect. The "
                    "Wolverhampton strategy says:</p>"
                    "<ul>"
                    "<li>all agencies are responsible for using WeCAN in everyday practice "
                    "where neglect may be a concern;</li>"
                    "<li>a WeCAN assessment should be started wherever there is a concern "
                    "that neglect is a factor;</li>"
                    "<li>if a referral about neglect is going to MASH (the Multi-Agency "
                    "Safeguarding Hub), the referring agency must start a WeCAN assessment "
                    "or refer to one in the referral;</li>"
                    "<li>in cases of cumulative harm, WeCAN is expected to be used to "
                    "evidence the impact of the concerns;</li>"
                    "<li>once WeCAN identifies a need, the Threshold Document (2021) decides "
                    "the level of support and what happens next.</li>"
                    "</ul>"
                    "<p>The Wolverhampton strategy also says the need for a child protection "
                    "medical should always be considered in neglect cases, in consultation "
                    "with the child protection paediatrician (a children's doctor who "
                    "specialises in child protection).</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "good_practice",
                        "heading": "Tools are for working with families",
                        "text": (
                            "<p>The Birmingham strategy describes using GCP2 with a "
                            "strengths-based approach, supporting families to make "
                            "achievable changes with help from professionals. A tool is not "
                            "a tick-box exercise. Used well, it helps you and the family "
                            "agree what the child needs and see whether things are "
                            "changing.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Professional challenge and escalation</h2>"
                    "<p>Sometimes you will be worried that a child is not getting the help "
                    "they need. Perhaps a referral was not accepted, a plan is not making "
                    "any difference, or agencies disagree. Every partnership has an "
                    "escalation policy for these situations.</p>"
                    "<ul>"
                    "<li>The South West London strategy says that if progress is not being "
                    "made, or there are concerns about whether interventions are working, "
                    "practitioners should use their local escalation policy so that timely "
                    "action is taken.</li>"
                    "<li>The Wolverhampton strategy wants every professional to know and "
                    "use its escalation policy, with escalation happening in a timely and "
                    "professional way to prevent delay. It aims for more supported "
                    "professional challenge and case discussions.</li>"
                    "<li>The Wolverhampton strategy also says supervision and consultation "
                    "are central to supporting staff working with neglect, and that "
                    "professionals must use supervision as their agency's policy sets "
                    "out.</li>"
                    "</ul>"
                    "<p>Escalation is a normal part of safe multi-agency work. It is about "
                    "the child, not about blaming a colleague. Whatever the stages in your "
                    "local policy, good escalation is:</p>"
                    "<ul>"
                    "<li>focused on the child's experience and the impact on them;</li>"
                    "<li>based on evidence, such as your chronology and assessment;</li>"
                    "<li>timely, so the child does not wait;</li>"
                    "<li>talked through in supervision or with your safeguarding lead;</li>"
                    "<li>recorded, including the outcome.</li>"
                    "</ul>"
                    "<p>Wolverhampton's escalation policy is online: "
                    '<a href="https://www.wolverhamptonsafeguarding.org.uk/'
                    "safeguarding-children-and-young-people/"
                    'i-work-with-children-young-people-families/escalation">WST escalation '
                    "policy</a>.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "Lessons from the Walsall audit",
                        "text": (
                            "<p>The Walsall multi-agency audit of neglect looked at five "
                            "children under 5. Practice was graded 'requires improvement' "
                            "for four and 'good' for one. It found that:</p>"
                            "<ul>"
                            "<li>assessments were mostly done by one agency alone, with "
                            "little input from others;</li>"
                            "<li>plans gave actions to separate agencies, with little "
                            "shared planning towards common goals;</li>"
                            "<li>updated plans were not routinely shared;</li>"
                            "<li>some plans were not reviewed and changed when they should "
                            "have been.</li>"
                            "</ul>"
                            "<p>Each of these is a moment where professional challenge "
                            "could help the child.</p>"
                        ),
                    },
                ),
                (
                    "case_study",
                    {
                        "title": "Drift on an early help plan (fictional)",
                        "text": (
                            "<p>This is an invented example. A health visitor has been "
                            "working with a family for nine months under an early help "
                            "plan because of concerns about neglect of a 14-month-old "
                            "baby. A GCP2 assessment at the start showed serious concerns "
                            "about the baby's physical care. A second GCP2 six months later "
                            "shows no real change. The baby's weight has dropped on the "
                            "growth chart.</p>"
                            "<p>At the latest review, the lead professional suggests "
                            "carrying on with the same plan for another three months. The "
                            "health visitor feels uneasy but does not want to cause "
                            "conflict.</p>"
                        ),
                        "questions": (
                            "<ul>"
                            "<li>What does the evidence say about the baby's lived "
                            "experience?</li>"
                            "<li>Which level of need might this now meet under your local "
                            "threshold document?</li>"
                            "<li>How could the health visitor use supervision and the "
                            "escalation policy?</li>"
                            "<li>Should a child protection medical be considered?</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "In Wolverhampton, what must happen when an agency "
                                    "makes a referral to MASH about neglect?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "The Wolverhampton strategy says that if a referral to "
                                    "MASH is to be made about neglect, a WeCAN assessment "
                                    "must be started by the referring agency or referenced "
                                    "in the referral."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "A WeCAN assessment must be started by the "
                                            "referring agency or referenced in the "
                                            "referral."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. WeCAN gives evidence of the impact "
                                            "of neglect."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "The parents must agree to the referral in writing."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. The strategy does not say this. It "
                                            "requires a WeCAN assessment."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Nothing extra: the referral form on its own is enough."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. A WeCAN assessment must be started or referenced."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "According to the South West London strategy, when "
                                    "should you use your local escalation policy?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "If progress is not being made, or there are concerns "
                                    "about the effectiveness of interventions, "
                                    "practitioners should refer to their local escalation "
                                    "policy."
                                ),
                                "options": [
                                    {
                                        "text": "Only when a child has been seriously injured.",
                                        "correct": False,
                                        "feedback": (
                                            "No. Waiting for serious injury defeats the "
                                            "purpose of escalation."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "When progress is not being made, or you are "
                                            "worried that interventions are not "
                                            "working."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Escalation prevents drift and delay "
                                            "for the child."
                                        ),
                                    },
                                    {
                                        "text": "Never: decisions by other agencies are final.",
                                        "correct": False,
                                        "feedback": (
                                            "No. Professional challenge is expected and supported."
                                        ),
                                    },
                                ],
                            },
                        ]
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ lesson 8
        {
            "slug": "what-to-do",
            "title": "What to do when you are worried",
            "summary": (
                "Practical steps for any practitioner: act in an emergency, record, share "
                "information, refer and keep the child in focus."
            ),
            "sources": [
                {
                    "file": "south-west-london-joint-neglect-strategy.txt",
                    "title": "South West London Joint Child Neglect Strategy (Croydon, "
                    "Kingston and Richmond, Merton and Wandsworth)",
                },
                {
                    "file": "birmingham-neglect-strategy-2022-26.txt",
                    "title": "Birmingham Neglect Strategy 2022-26",
                },
                {
                    "file": "wolverhampton-neglect-strategy.txt",
                    "title": "Wolverhampton Neglect Strategy",
                },
                {
                    "file": "seven-minute-briefing-multi-agency-audit-neglect.txt",
                    "title": "7 Minute Briefing: Walsall Child Multi-Agency Audit - Neglect",
                },
                {
                    "file": "walsall-neglect-strategy-update.txt",
                    "title": "Walsall Child Neglect Strategy Update",
                },
            ],
            "body": [
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "If a child is in immediate danger, call 999",
                        "text": (
                            "<p>If you believe a child is in immediate danger, call the "
                            "police on 999 straight away. The South West London joint "
                            "strategy says the police take immediate action to protect "
                            "children where there is severe neglect or imminent danger. "
                            "Then tell your safeguarding lead and follow your agency's "
                            "procedures.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Everyone has a part to play</h2>"
                    "<p>The Birmingham Neglect Strategy 2022-26 says that whatever "
                    "organisation we work for, and whatever our role, we all have a "
                    "responsibility to look for signs of neglect and to act on them. The "
                    "South West London strategy puts it as 'safeguarding children is "
                    "everyone's business'. It even asks partnerships to raise awareness "
                    "with utility companies and postal workers. People who visit homes - to "
                    "read a meter or deliver a parcel - may notice warning signs such as "
                    "poor hygiene, bad smells, lots of flies or clearly unsafe living "
                    "conditions. Housing staff who see living conditions at first hand are "
                    "asked to report safeguarding concerns to children's services.</p>"
                    "<p>Walsall's Early Help <strong>ACTION</strong> campaign sums up the "
                    "attitude we need: <strong>A</strong>ware, <strong>C</strong>are, "
                    "<strong>T</strong>hink, don't <strong>I</strong>gnore or do "
                    "<strong>N</strong>othing (Walsall Child Neglect Strategy Update).</p>"
                    "<h2>Five steps when you are worried</h2>"
                    "<ol>"
                    "<li><strong>Notice and be curious.</strong> Look at the child, their "
                    "behaviour, their presentation and, where you can, their home. Ask "
                    "yourself what life is like for this child. Remember that neglect is "
                    "often about what is missing.</li>"
                    "<li><strong>Talk.</strong> Listen to the child in whatever way works "
                    "for them. Be open and honest with the family about your concerns, as "
                    "Right Help, Right Time asks - unless you think doing so could put the "
                    "child at greater risk. If you are unsure, ask your safeguarding lead "
                    "first.</li>"
                    "<li><strong>Record.</strong> Write down what you saw and heard, when, "
                    "and what the impact on the child seems to be. Add it to the "
                    "chronology.</li>"
                    "<li><strong>Seek advice and share information.</strong> Talk to your "
                    "safeguarding lead (in schools, the designated safeguarding lead) and "
                    "use supervision. Share relevant concerns with other agencies in good "
                    "time.</li>"
                    "<li><strong>Refer and follow up.</strong> Use your local threshold "
                    "document and referral route. Then check what happened, and whether "
                    "the child's life is actually getting better.</li>"
                    "</ol>",
                ),
                (
                    "accordion",
                    {
                        "items": [
                            {
                                "heading": "Recording well",
                                "text": (
                                    "<p>Good records are how cumulative harm becomes "
                                    "visible. Record:</p>"
                                    "<ul>"
                                    "<li>the date, time and what you actually saw or "
                                    "heard;</li>"
                                    "<li>the child's own words, or what you observed if "
                                    "they are too young to say;</li>"
                                    "<li>what the concern means for the child - the "
                                    "impact, not just the incident;</li>"
                                    "<li>what you did, who you told and what was "
                                    "decided.</li>"
                                    "</ul>"
                                    "<p>Keep facts separate from your opinion, and say "
                                    "which is which. The Birmingham strategy recommends "
                                    "chronologies, and the Wolverhampton strategy asks "
                                    "agencies to share information in an "
                                    "evidence-informed way.</p>"
                                ),
                            },
                            {
                                "heading": "Sharing information",
                                "text": (
                                    "<p>Because neglect is cumulative and often hidden, "
                                    "the Birmingham strategy says it is vital that "
                                    "agencies share information, where appropriate and "
                                    "in line with Working Together guidance. Each agency "
                                    "may hold one piece of the picture.</p>"
                                    "<p>The South West London strategy asks every agency "
                                    "to share relevant concerns in a timely way, using "
                                    "secure systems and clear protocols that protect "
                                    "confidentiality and data.</p>"
                                    "<p>The Walsall audit asks practitioners to make sure "
                                    "there is good communication between all the "
                                    "professionals around a child, and found that updated "
                                    "plans were not always shared.</p>"
                                ),
                            },
                            {
                                "heading": "Making a referral",
                                "text": (
                                    "<p>Know your local route. Your partnership's "
                                    "threshold document will tell you whether the "
                                    "child's needs call for early help or a referral to "
                                    "children's social care. For example:</p>"
                                    "<ul>"
                                    "<li>in Wolverhampton, a referral about neglect to "
                                    "the Multi-Agency Safeguarding Hub (MASH) needs a "
                                    "WeCAN assessment, started by the referring agency "
                                    "or referenced in the referral;</li>"
                                    "<li>the South West London strategy asks teachers "
                                    "and early years staff to work with their designated "
                                    "safeguarding lead, health staff to follow local 'Was "
                                    "Not Brought' guidance, and voluntary organisations "
                                    "to seek advice or refer when they have "
                                    "concerns.</li>"
                                    "</ul>"
                                    "<p>Use evidence from your chronology and any "
                                    "assessment tool, such as GCP2 or WeCAN, to show the "
                                    "impact on the child.</p>"
                                ),
                            },
                            {
                                "heading": "Working with other agencies",
                                "text": (
                                    "<p>The Walsall audit found assessments were often "
                                    "done by one agency alone. The South West London "
                                    "strategy encourages joint assessments, regular "
                                    "multi-agency meetings and naming a lead agency so "
                                    "everyone knows who does what. Where voluntary "
                                    "organisations are involved, make sure they are "
                                    "invited to multi-agency meetings.</p>"
                                ),
                            },
                        ]
                    },
                ),
                (
                    "text",
                    "<h2>Keep the child in focus</h2>"
                    "<p>It is easy, in busy work with a family under pressure, for the child "
                    "to fade into the background. The strategies give some simple ways to "
                    "stop that happening:</p>"
                    "<ul>"
                    "<li>Keep asking the question from the Walsall audit: <em>do the "
                    "actions taken make a positive difference to the child's lived "
                    "experience?</em></li>"
                    "<li>Make sure the child has at least one adult they trust and who "
                    "listens - the thing Walsall's children and young people said matters "
                    "most.</li>"
                    "<li>Use interpreters consistently where English is not the family's "
                    "first language (Walsall audit).</li>"
                    "<li>If the plan is not working, say so, and use your escalation "
                    "policy.</li>"
                    "</ul>"
                    "<h2>Further guidance</h2>"
                    "<p>These public resources are named in the source documents:</p>"
                    "<ul>"
                    "<li>"
                    '<a href="https://www.londonsafeguardingchildrenprocedures.co.uk/'
                    'neglect.html">London Safeguarding Children Procedures - Neglect</a>'
                    "</li>"
                    "<li>"
                    '<a href="https://westmidlands.procedures.org.uk/pkphl/'
                    'regional-safeguarding-guidance/neglect">West Midlands regional '
                    "safeguarding guidance - Neglect</a></li>"
                    "<li>"
                    '<a href="https://lscpbirmingham.org.uk/documents/'
                    'birmingham-neglect-toolkit">Birmingham Neglect Toolkit</a></li>'
                    "<li>"
                    '<a href="https://www.wolverhampton.gov.uk/'
                    'child-assessment-of-neglect/neglect-toolkit">Wolverhampton WeCAN '
                    "neglect toolkit</a></li>"
                    "<li>"
                    '<a href="https://learning.nspcc.org.uk/research-resources/'
                    'learning-from-case-reviews/neglect">NSPCC Learning - learning from '
                    "case reviews: neglect</a></li>"
                    "</ul>",
                ),
                (
                    "case_study",
                    {
                        "title": "A housing repair visit (fictional)",
                        "text": (
                            "<p>This is an invented example. A housing officer visits a "
                            "flat to check a reported leak. A boy of about 9 opens the "
                            "door and says his mum is asleep. Behind him a toddler is "
                            "crawling on a floor covered in rubbish, and there are flies "
                            "in the kitchen. The fridge is empty. The boy says he is "
                            "'looking after' his sister and that they had crisps for "
                            "tea.</p>"
                            "<p>The officer has visited before and noticed the flat "
                            "getting worse each time, but has never mentioned it to "
                            "anyone.</p>"
                        ),
                        "questions": (
                            "<ul>"
                            "<li>Is either child in immediate danger? What would make "
                            "you call 999?</li>"
                            "<li>What should the officer record, and who should they tell "
                            "today?</li>"
                            "<li>What do the earlier visits add to the picture?</li>"
                            "<li>What might the 9-year-old's role tell you about his own "
                            "needs?</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "You visit a home and believe a young child is in "
                                    "immediate danger. What should you do first?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "If a child is in immediate danger, call 999. The "
                                    "police can take immediate action to protect children "
                                    "in situations of severe neglect or imminent danger. "
                                    "Then inform your safeguarding lead and follow your "
                                    "procedures."
                                ),
                                "options": [
                                    {
                                        "text": "Call the police on 999.",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Immediate danger needs an immediate response."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Write it up and raise it at the next team meeting."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. Recording matters, but it must not delay "
                                            "protecting a child in immediate danger."
                                        ),
                                    },
                                    {
                                        "text": "Start a GCP2 or WeCAN assessment.",
                                        "correct": False,
                                        "feedback": (
                                            "No. Assessment tools are for understanding "
                                            "neglect over time, not for emergencies."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Which of these are features of good recording about "
                                    "neglect? Select all that apply."
                                ),
                                "multiple": True,
                                "explanation": (
                                    "Good records are dated, describe what was seen and "
                                    "heard (including the child's words), focus on the "
                                    "impact on the child and keep fact and opinion "
                                    "separate."
                                ),
                                "options": [
                                    {
                                        "text": "Dates and what you actually saw or heard",
                                        "correct": True,
                                        "feedback": "Correct. These build the chronology.",
                                    },
                                    {
                                        "text": "The child's own words or observed behaviour",
                                        "correct": True,
                                        "feedback": "Correct. This captures the child's voice.",
                                    },
                                    {
                                        "text": "The impact on the child",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Impact is at the heart of the "
                                            "definition of neglect."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Your general impression of the family, "
                                            "mixed in with the facts"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. Keep facts and opinion separate and say "
                                            "which is which."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "What does Walsall's Early Help ACTION campaign stand for?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "ACTION stands for Aware, Care, Think, don't Ignore "
                                    "or do Nothing (Walsall Child Neglect Strategy "
                                    "Update)."
                                ),
                                "options": [
                                    {
                                        "text": "Aware, Care, Think, don't Ignore or do Nothing",
                                        "correct": True,
                                        "feedback": "Correct.",
                                    },
                                    {
                                        "text": (
                                            "Assess, Challenge, Test, Inform, Observe, Notify"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. ACTION stands for Aware, Care, Think, "
                                            "don't Ignore or do Nothing."
                                        ),
                                    },
                                    {
                                        "text": "Act, Call, Tell, Investigate, Observe, Note",
                                        "correct": False,
                                        "feedback": (
                                            "No. ACTION stands for Aware, Care, Think, "
                                            "don't Ignore or do Nothing."
                                        ),
                                    },
                                ],
                            },
                        ]
                    },
                ),
            ],
        },
    ],
    # ---------------------------------------------------------------------- assessment
    "assessment": {
        "questions_per_attempt": 10,
        "pass_mark": 80,
        "questions": [
            # --- what-neglect-is
            {
                "topic": "what-neglect-is",
                "text": (
                    "According to the Birmingham Neglect Strategy 2022-26, roughly what "
                    "proportion of child protection plans are for neglect?"
                ),
                "multiple": False,
                "explanation": (
                    "The Birmingham strategy says neglect is the most common reason for a "
                    "child protection plan, at around 50%. The South West London strategy "
                    "similarly says about half."
                ),
                "options": [
                    {
                        "text": "Around 10%",
                        "correct": False,
                        "feedback": (
                            "No. 1 in 10 is the NSPCC estimate of how many children "
                            "experience neglect, not the share of plans."
                        ),
                    },
                    {
                        "text": "Around 50%",
                        "correct": True,
                        "feedback": "Correct. Neglect accounts for around half of plans.",
                    },
                    {
                        "text": "Around 75%",
                        "correct": False,
                        "feedback": (
                            "No. 75% is the Birmingham figure for Serious Case Reviews where "
                            "neglect was a cause or contributing factor."
                        ),
                    },
                    {
                        "text": "Around 7%",
                        "correct": False,
                        "feedback": (
                            "No. 7% is the Wolverhampton figure for serious incidents where "
                            "neglect was the primary form of harm."
                        ),
                    },
                ],
            },
            {
                "topic": "what-neglect-is",
                "text": (
                    "The NSPCC estimate quoted in the Birmingham and South West London "
                    "strategies says how many children in the UK experience neglect?"
                ),
                "multiple": False,
                "explanation": (
                    "The NSPCC estimates that about 1 in 10 children experience neglect."
                ),
                "options": [
                    {
                        "text": "About 1 in 100",
                        "correct": False,
                        "feedback": "No. The estimate is much higher: about 1 in 10.",
                    },
                    {
                        "text": "About 1 in 10",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "About 1 in 3",
                        "correct": False,
                        "feedback": "No. The estimate quoted is about 1 in 10.",
                    },
                ],
            },
            {
                "topic": "what-neglect-is",
                "text": (
                    "The South West London strategy quotes the 2023 version of Working "
                    "Together. What does that version add to the list of ways a parent or "
                    "carer may neglect a child?"
                ),
                "multiple": False,
                "explanation": (
                    "The 2023 definition quoted by South West London adds failing to "
                    "provide suitable education."
                ),
                "options": [
                    {
                        "text": "Failing to provide suitable education",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Failing to register the child with a dentist",
                        "correct": False,
                        "feedback": (
                            "No. Dental care can be part of medical neglect, but this is "
                            "not the item the 2023 version adds."
                        ),
                    },
                    {
                        "text": "Failing to provide after-school activities",
                        "correct": False,
                        "feedback": "No. This is not part of the definition.",
                    },
                ],
            },
            {
                "topic": "what-neglect-is",
                "text": (
                    "The Wolverhampton strategy gives figures from reviews of serious "
                    "incidents. Which statement matches them?"
                ),
                "multiple": False,
                "explanation": (
                    "Neglect was the primary form of serious harm in 7% of incidents, but "
                    "an underlying feature in 35% of fatal and 34% of non-fatal incidents."
                ),
                "options": [
                    {
                        "text": (
                            "Neglect was rarely the main form of harm (7%) but was an "
                            "underlying feature in 35% of fatal incidents."
                        ),
                        "correct": True,
                        "feedback": (
                            "Correct. Neglect is often the background to other serious harm."
                        ),
                    },
                    {
                        "text": "Neglect played no part in any fatal incidents.",
                        "correct": False,
                        "feedback": "No. It was an underlying feature in 35% of fatal incidents.",
                    },
                    {
                        "text": "Neglect was the main form of harm in most incidents.",
                        "correct": False,
                        "feedback": (
                            "No. It was the primary form of harm in 7%, but an underlying "
                            "feature in many more."
                        ),
                    },
                ],
            },
            # --- types-of-neglect
            {
                "topic": "types-of-neglect",
                "text": (
                    "Which of these does the South West London strategy include in "
                    "educational neglect? Select all that apply."
                ),
                "multiple": True,
                "explanation": (
                    "Educational neglect includes failing to enrol a child in school, "
                    "permitting chronic truancy and failing to provide necessary special "
                    "educational support."
                ),
                "options": [
                    {
                        "text": "Not enrolling a child in school",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Allowing a child to miss school again and again",
                        "correct": True,
                        "feedback": "Correct. The strategy calls this chronic truancy.",
                    },
                    {
                        "text": "Not getting the child special educational support they need",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "A child choosing to study different subjects from a sibling",
                        "correct": False,
                        "feedback": "No. This is a normal choice, not neglect.",
                    },
                ],
            },
            {
                "topic": "types-of-neglect",
                "text": (
                    "What does the South West London strategy say about neglect in "
                    "affluent (well-off) families?"
                ),
                "multiple": False,
                "explanation": (
                    "Wealth can contribute to children's emotional and physical needs going "
                    "unmet. Parents may use status or legal means to resist intervention, "
                    "and private support can mean children slip under the radar."
                ),
                "options": [
                    {
                        "text": "Neglect does not happen in well-off families.",
                        "correct": False,
                        "feedback": "No. The strategy says it does, and can be harder to see.",
                    },
                    {
                        "text": (
                            "It can happen, and wealth and status can be used to resist "
                            "intervention or keep children out of sight of services."
                        ),
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Any child at boarding school is being neglected.",
                        "correct": False,
                        "feedback": (
                            "No. Boarding school is given as one example of how a child "
                            "may be isolated, not as proof of neglect."
                        ),
                    },
                ],
            },
            {
                "topic": "types-of-neglect",
                "text": (
                    "Ray Jones describes 'active neglect' as deliberate neglect, often "
                    "involving anger and control. What response does it need?"
                ),
                "multiple": False,
                "explanation": (
                    "Active neglect can quickly escalate into severe abuse and needs prompt, "
                    "decisive action, which may include criminal investigation."
                ),
                "options": [
                    {
                        "text": "A parenting leaflet and review in six months.",
                        "correct": False,
                        "feedback": "No. This would leave the child at serious risk.",
                    },
                    {
                        "text": (
                            "Prompt, decisive action, which may include a criminal investigation."
                        ),
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "No action unless the child asks for help.",
                        "correct": False,
                        "feedback": (
                            "No. Children rarely identify neglect themselves, and active "
                            "neglect can escalate quickly."
                        ),
                    },
                ],
            },
            # --- cumulative-harm
            {
                "topic": "cumulative-harm",
                "text": "Which best describes cumulative harm?",
                "multiple": False,
                "explanation": (
                    "Bromfield and Higgins (quoted in the Wolverhampton strategy) describe "
                    "cumulative harm as the effects of patterns of circumstances and events "
                    "that diminish a child's sense of safety, stability and wellbeing."
                ),
                "options": [
                    {
                        "text": "A single serious injury to a child.",
                        "correct": False,
                        "feedback": "No. Cumulative harm is about patterns over time.",
                    },
                    {
                        "text": (
                            "The effect of patterns of events and circumstances that wear "
                            "away a child's sense of safety, stability and wellbeing."
                        ),
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Harm that only affects adolescents.",
                        "correct": False,
                        "feedback": "No. Cumulative harm can affect a child of any age.",
                    },
                ],
            },
            {
                "topic": "cumulative-harm",
                "text": (
                    "What did the Walsall multi-agency audit of neglect find about "
                    "children's plans?"
                ),
                "multiple": False,
                "explanation": (
                    "In some cases the child's plan was not reviewed and changed in a timely "
                    "way; the same plan simply continued. This kind of drift lets "
                    "cumulative harm go on."
                ),
                "options": [
                    {
                        "text": "Plans were always reviewed and updated on time.",
                        "correct": False,
                        "feedback": "No. The audit found this was not always the case.",
                    },
                    {
                        "text": (
                            "Sometimes the same plan carried on without being reviewed and "
                            "changed in a timely way."
                        ),
                        "correct": True,
                        "feedback": "Correct. This is a form of drift.",
                    },
                    {
                        "text": "No plans were in place for any of the children.",
                        "correct": False,
                        "feedback": "No. Plans were in place but were not always reviewed.",
                    },
                ],
            },
            {
                "topic": "cumulative-harm",
                "text": (
                    "In Wolverhampton, which tool is expected to be used to evidence the "
                    "impact of concerns in cases of cumulative harm?"
                ),
                "multiple": False,
                "explanation": (
                    "The Wolverhampton strategy expects the WeCAN tool to be used to "
                    "evidence the impact of concerns in cases of cumulative harm."
                ),
                "options": [
                    {
                        "text": "The WeCAN tool",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "The ACTION campaign",
                        "correct": False,
                        "feedback": (
                            "No. ACTION is a Walsall awareness campaign, not an assessment tool."
                        ),
                    },
                    {
                        "text": "A single home visit report",
                        "correct": False,
                        "feedback": "No. One visit cannot show harm that builds up over time.",
                    },
                ],
            },
            # --- signs-by-age
            {
                "topic": "signs-by-age",
                "text": (
                    "Which of these does the Birmingham strategy list as possible warning "
                    "signs of neglect in infants aged 0 to 2? Select all that apply."
                ),
                "multiple": True,
                "explanation": (
                    "Infant warning signs include missed routine appointments, not gaining "
                    "weight as expected and recurring nappy rash, among others."
                ),
                "options": [
                    {
                        "text": "Routine appointments missed",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Not gaining weight as expected",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Nappy rash that keeps coming back",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Having a favourite toy",
                        "correct": False,
                        "feedback": "No. This is not a warning sign.",
                    },
                ],
            },
            {
                "topic": "signs-by-age",
                "text": (
                    "The Birmingham strategy describes school age (5 and over) as the stage "
                    "where what tends to happen?"
                ),
                "multiple": False,
                "explanation": (
                    "It says this is the stage where the impact of earlier neglect can "
                    "become apparent."
                ),
                "options": [
                    {
                        "text": "Neglect stops because the child is at school all day.",
                        "correct": False,
                        "feedback": "No. Neglect can continue at any age.",
                    },
                    {
                        "text": "The impact of earlier neglect can become apparent.",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Children can always tell teachers about neglect.",
                        "correct": False,
                        "feedback": (
                            "No. Neglect is the form of abuse least likely to be identified "
                            "by children themselves."
                        ),
                    },
                ],
            },
            {
                "topic": "signs-by-age",
                "text": (
                    "According to the Birmingham strategy, what is the most common way "
                    "older children's needs are neglected?"
                ),
                "multiple": False,
                "explanation": (
                    "The most common way is a lack of adequate supervision and boundaries, "
                    "which puts young people at risk in the community and online."
                ),
                "options": [
                    {
                        "text": "A lack of adequate supervision and boundaries",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Not being given the latest phone",
                        "correct": False,
                        "feedback": "No. This is not neglect.",
                    },
                    {
                        "text": "Having too many rules at home",
                        "correct": False,
                        "feedback": (
                            "No. The concern is the opposite: too little supervision and "
                            "too few boundaries."
                        ),
                    },
                ],
            },
            # --- additional-needs-and-childs-voice
            {
                "topic": "additional-needs-and-childs-voice",
                "text": (
                    "Which of these does the Birmingham strategy describe as additional "
                    "forms of neglect a disabled child may experience? Select all that "
                    "apply."
                ),
                "multiple": True,
                "explanation": (
                    "These include failing to meet communication needs, failing to use "
                    "equipment provided, failing to provide medication or a special diet "
                    "and denying access to play or stimulation."
                ),
                "options": [
                    {
                        "text": "Not using equipment that has been provided for the child",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Not giving medication or a special diet the child needs",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Denying the child access to play or stimulation",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Choosing a specialist school for the child",
                        "correct": False,
                        "feedback": "No. This is not described as neglect.",
                    },
                ],
            },
            {
                "topic": "additional-needs-and-childs-voice",
                "text": (
                    "A child with special educational needs and disabilities (SEND) shows "
                    "delayed development. What does the South West London strategy advise?"
                ),
                "multiple": False,
                "explanation": (
                    "Indicators of SEND and of severe, prolonged neglect may look the same "
                    "or be interlinked, so professionals should remain curious."
                ),
                "options": [
                    {
                        "text": "Assume the delay is caused by the child's condition.",
                        "correct": False,
                        "feedback": (
                            "No. That risks missing neglect, as the signs can look the same."
                        ),
                    },
                    {
                        "text": (
                            "Stay curious: signs of neglect and of SEND can look the same "
                            "or be linked."
                        ),
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Neglect cannot be assessed in disabled children.",
                        "correct": False,
                        "feedback": (
                            "No. Disabled children are at higher risk and must be assessed."
                        ),
                    },
                ],
            },
            {
                "topic": "additional-needs-and-childs-voice",
                "text": (
                    "Children and young people in Walsall identified three principles for "
                    "supporting children who experience neglect. What were they?"
                ),
                "multiple": False,
                "explanation": (
                    "They were Training, Seeing and Hearing Children, and Taking Action - "
                    "including having at least one trusted adult who listens."
                ),
                "options": [
                    {
                        "text": "Training; Seeing and Hearing Children; Taking Action",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Recognise; Respond; Quantify",
                        "correct": False,
                        "feedback": (
                            "No. These are among Birmingham's strategic objectives, not the "
                            "principles Walsall's children identified."
                        ),
                    },
                    {
                        "text": "Aware; Care; Think",
                        "correct": False,
                        "feedback": (
                            "No. These are part of Walsall's ACTION campaign, not the "
                            "children's principles."
                        ),
                    },
                ],
            },
            {
                "topic": "additional-needs-and-childs-voice",
                "text": "What does the South West London strategy say about access to advocates?",
                "multiple": False,
                "explanation": (
                    "Children on child protection plans and disabled children generally "
                    "have access to advocates, but children in need do not always, unless "
                    "advocacy is specially arranged."
                ),
                "options": [
                    {
                        "text": "Every child in contact with services has an advocate.",
                        "correct": False,
                        "feedback": "No. The strategy says this is not always the case.",
                    },
                    {
                        "text": (
                            "Children on child protection plans and disabled children "
                            "generally do, but children in need do not always."
                        ),
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Advocates are only for children in court.",
                        "correct": False,
                        "feedback": "No. Advocates can help children be heard in many settings.",
                    },
                ],
            },
            # --- working-with-the-whole-family
            {
                "topic": "working-with-the-whole-family",
                "text": "What does the Birmingham strategy say about culture and neglect?",
                "multiple": False,
                "explanation": (
                    "Families raise children in different ways, which should be respected "
                    "in most cases, but cultural sensitivity must not prevent a child's "
                    "needs from being met."
                ),
                "options": [
                    {
                        "text": (
                            "Respect different ways of raising children, but do not let "
                            "cultural sensitivity stop a child's needs being met."
                        ),
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Cultural practices should never be questioned.",
                        "correct": False,
                        "feedback": "No. The child's needs must still be met.",
                    },
                    {
                        "text": "Families should all raise children in the same way.",
                        "correct": False,
                        "feedback": (
                            "No. The strategy says different approaches should be respected "
                            "in most cases."
                        ),
                    },
                ],
            },
            {
                "topic": "working-with-the-whole-family",
                "text": (
                    "A parent attends every meeting and says things are better. What is the "
                    "best way to judge whether this is real progress or disguised "
                    "compliance?"
                ),
                "multiple": False,
                "explanation": (
                    "Look for evidence of change in the child's lived experience. The "
                    "Walsall audit asked whether actions made a positive difference to the "
                    "child."
                ),
                "options": [
                    {
                        "text": "Count how many meetings the parent has attended.",
                        "correct": False,
                        "feedback": (
                            "No. Attendance can look like co-operation without any change "
                            "for the child."
                        ),
                    },
                    {
                        "text": (
                            "Look for evidence of change in the child's life, such as "
                            "attendance, weight, health and wellbeing."
                        ),
                        "correct": True,
                        "feedback": "Correct. Judge progress by the child's experience.",
                    },
                    {
                        "text": "Accept the parent's account, as they know the child best.",
                        "correct": False,
                        "feedback": (
                            "No. The Birmingham strategy warns against over-optimism about "
                            "parents' capacity to change."
                        ),
                    },
                ],
            },
            {
                "topic": "working-with-the-whole-family",
                "text": (
                    "Under a 'Think Family' approach, what does the South West London "
                    "strategy expect of services that work mainly with adults, such as "
                    "mental health and substance misuse services?"
                ),
                "multiple": False,
                "explanation": (
                    "They must be alert to any concerns about children's wellbeing and share "
                    "them appropriately with children's services."
                ),
                "options": [
                    {
                        "text": "They should focus only on the adult they are working with.",
                        "correct": False,
                        "feedback": (
                            "No. This is the risk the Think Family approach guards against."
                        ),
                    },
                    {
                        "text": (
                            "They should be alert to concerns about children and share them "
                            "with children's services."
                        ),
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "They should carry out child protection investigations.",
                        "correct": False,
                        "feedback": (
                            "No. Their role is to notice and share concerns, not to investigate."
                        ),
                    },
                ],
            },
            # --- thresholds-and-escalation
            {
                "topic": "thresholds-and-escalation",
                "text": "What is the Graded Care Profile 2 (GCP2)?",
                "multiple": False,
                "explanation": (
                    "The NSPCC describes GCP2 as a strengths and evidence-based assessment "
                    "tool to measure the quality of care parents or carers give a child."
                ),
                "options": [
                    {
                        "text": (
                            "An NSPCC strengths-based, evidence-based tool that measures the "
                            "quality of care parents or carers give a child."
                        ),
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "A national register of children who are neglected.",
                        "correct": False,
                        "feedback": "No. GCP2 is an assessment tool, not a register.",
                    },
                    {
                        "text": "A Wolverhampton referral form for MASH.",
                        "correct": False,
                        "feedback": (
                            "No. Wolverhampton's neglect assessment tool is WeCAN; GCP2 is "
                            "an NSPCC tool."
                        ),
                    },
                ],
            },
            {
                "topic": "thresholds-and-escalation",
                "text": (
                    "What does the Wolverhampton strategy say should always be considered "
                    "in cases of neglect?"
                ),
                "multiple": False,
                "explanation": (
                    "The need for a child protection medical should always be considered in "
                    "neglect cases, in consultation with the child protection paediatrician."
                ),
                "options": [
                    {
                        "text": (
                            "The need for a child protection medical, in consultation with "
                            "the child protection paediatrician."
                        ),
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Closing the case once the parent agrees to a plan.",
                        "correct": False,
                        "feedback": "No. Agreement is not the same as change for the child.",
                    },
                    {
                        "text": "Moving the family to a different area.",
                        "correct": False,
                        "feedback": "No. The strategy does not say this.",
                    },
                ],
            },
            {
                "topic": "thresholds-and-escalation",
                "text": (
                    "Which of these did the Walsall multi-agency audit of neglect find? "
                    "Select all that apply."
                ),
                "multiple": True,
                "explanation": (
                    "The audit found assessments were largely single-agency, GCP2 was used "
                    "only to a limited extent, and updated plans were not routinely shared. "
                    "Four of the five cases were graded 'requires improvement'."
                ),
                "options": [
                    {
                        "text": "Assessments were largely done by a single agency.",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "There was limited use of the Graded Care Profile 2 tool.",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Updated plans were not routinely shared with partners.",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Practice in all five cases was graded 'good'.",
                        "correct": False,
                        "feedback": "No. Four were graded 'requires improvement' and one 'good'.",
                    },
                ],
            },
            # --- what-to-do
            {
                "topic": "what-to-do",
                "text": (
                    "Why does the South West London strategy want partnerships to raise "
                    "awareness of neglect with utility companies and postal workers?"
                ),
                "multiple": False,
                "explanation": (
                    "People who visit family homes may notice warning signs such as poor "
                    "hygiene, unpleasant smells, lots of flies or unsafe living conditions. "
                    "Their companies should train them and have clear reporting procedures."
                ),
                "options": [
                    {
                        "text": (
                            "Because people who visit homes may notice warning signs and "
                            "should know how to report them."
                        ),
                        "correct": True,
                        "feedback": "Correct. Safeguarding is everyone's business.",
                    },
                    {
                        "text": "So that they can carry out neglect assessments.",
                        "correct": False,
                        "feedback": "No. Their role is to notice and report, not to assess.",
                    },
                    {
                        "text": "So they can cut off services to families who neglect children.",
                        "correct": False,
                        "feedback": "No. The strategy says nothing of the kind.",
                    },
                ],
            },
            {
                "topic": "what-to-do",
                "text": (
                    "What does the Birmingham strategy say about sharing information where "
                    "neglect is a concern?"
                ),
                "multiple": False,
                "explanation": (
                    "Because neglect is cumulative and often hidden, agencies should work "
                    "together and share information where appropriate, in line with Working "
                    "Together guidance, to build a full picture."
                ),
                "options": [
                    {
                        "text": (
                            "It is vital to share information where appropriate and in line "
                            "with Working Together guidance, to build a full picture."
                        ),
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Each agency should keep its concerns to itself.",
                        "correct": False,
                        "feedback": "No. Each agency may hold only one piece of the picture.",
                    },
                    {
                        "text": "Information should only be shared after a serious incident.",
                        "correct": False,
                        "feedback": (
                            "No. Waiting for an incident means cumulative harm is missed."
                        ),
                    },
                ],
            },
            {
                "topic": "what-to-do",
                "text": (
                    "You have made a referral about neglect. What helps keep the child in "
                    "focus afterwards?"
                ),
                "multiple": False,
                "explanation": (
                    "Follow up and keep asking whether the actions taken are making a "
                    "positive difference to the child's lived experience; escalate if not."
                ),
                "options": [
                    {
                        "text": "Nothing more: the referral is the end of your role.",
                        "correct": False,
                        "feedback": (
                            "No. Your agency may still see the child and hold important "
                            "information."
                        ),
                    },
                    {
                        "text": (
                            "Follow up, and keep asking whether the child's life is actually "
                            "getting better - escalating if it is not."
                        ),
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Wait for the family to tell you how things are going.",
                        "correct": False,
                        "feedback": (
                            "No. Judge progress by evidence about the child, not only the "
                            "adults' account."
                        ),
                    },
                ],
            },
        ],
    },
}
