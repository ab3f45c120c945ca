"""Seed content for the public "Spot the signs" section (/spot-the-signs/).

Pure data. No imports. Written for people whose job takes them into family homes:
gas, water and electricity engineers, meter readers, telecoms installers and postal
workers (see section 5.2 of south-west-london-joint-neglect-strategy.txt).

Plain English: short sentences, common words, reading age about 9 to 11.
Facts come only from the source documents in /work/shared/seeds/ and each page or
lesson names its sources. Phone numbers are NOT in the seeds: they come from public
web pages found by search, and each entry in AREA_CONTACTS says where. Check every
number again before go-live and at least once a year.
"""

# ---------------------------------------------------------------------------
# Source documents (seed files) used below
# ---------------------------------------------------------------------------

SRC_WALSALL = {
    "file": "walsall-neglect-strategy-update.txt",
    "title": "Walsall Safeguarding Partnership: update on the Child Neglect Strategy",
}
SRC_SWL = {
    "file": "south-west-london-joint-neglect-strategy.txt",
    "title": (
        "Croydon, Kingston and Richmond, Merton and Wandsworth Safeguarding Children "
        "Partnerships: joint child neglect strategy"
    ),
}
SRC_BIRMINGHAM = {
    "file": "birmingham-neglect-strategy-2022-26.txt",
    "title": "Birmingham Neglect Strategy 2022-26",
}
SRC_WOLVERHAMPTON = {
    "file": "wolverhampton-neglect-strategy.txt",
    "title": "Wolverhampton neglect strategy",
}

# Path of the postcode finder page in the public section.
FINDER_URL = "/spot-the-signs/report-a-concern/"


# ---------------------------------------------------------------------------
# Landing page
# ---------------------------------------------------------------------------

LANDING = {
    "title": "Spot the signs of neglect",
    "intro": (
        "<p>Your job takes you into people's homes. You might fix the boiler, read the "
        "meter, put in the broadband or bring the post.</p>"
        "<p>Now and then you may see a child who is not being looked after. This is "
        "called <strong>neglect</strong>. It is the most common kind of child abuse in "
        "the UK.</p>"
        "<p>You do not need to be an expert. You just need to know what to look for and "
        "who to call. It only takes a few minutes to read.</p>"
        "<p>Remember the word <strong>ACTION</strong>. It comes from a campaign used in "
        "Walsall: Aware, Care, Think don't Ignore or do Nothing.</p>"
    ),
    # ACTION, exactly as walsall-neglect-strategy-update.txt (section 7.1) gives it:
    # "Aware, Care, Think don't Ignore or do Nothing". The six letters spell ACTION.
    "action": [
        {
            "letter": "A",
            "word": "Aware",
            "text": "Know the signs of neglect. Keep your eyes and ears open on every visit.",
        },
        {
            "letter": "C",
            "word": "Care",
            "text": (
                "Care about the child in front of you. Children in Walsall said they need "
                "at least one adult who will listen."
            ),
        },
        {
            "letter": "T",
            "word": "Think",
            "text": (
                "Think about what you saw, heard and smelled. Write it down while it is fresh."
            ),
        },
        {
            "letter": "I",
            "word": "don't Ignore",
            "text": (
                "Don't ignore it. Don't tell yourself it is someone else's job. Keeping "
                "children safe is everyone's job."
            ),
        },
        {
            "letter": "O",
            "word": "or",
            "text": (
                "Or, if you are not sure, ask. Talk to your safeguarding lead at work, or "
                "call children's services for advice."
            ),
        },
        {
            "letter": "N",
            "word": "do Nothing",
            "text": (
                "Don't do nothing. If a child is in danger now, call 999. If not, call "
                "children's services for that area today."
            ),
        },
    ],
}
# Landing sources: ACTION and "children need an adult who listens" from
# walsall-neglect-strategy-update.txt (3.3, 7.1); "most common kind of child abuse"
# from walsall-neglect-strategy-update.txt (1.2), south-west-london-joint-neglect-
# strategy.txt (1) and birmingham-neglect-strategy-2022-26.txt; "everyone's job"
# from south-west-london-joint-neglect-strategy.txt (5.2).


# ---------------------------------------------------------------------------
# Public pages
# ---------------------------------------------------------------------------

SECTION_PAGES = [
    # -----------------------------------------------------------------------
    {
        "slug": "what-to-look-for",
        "title": "What to look for",
        "summary": "Signs of neglect you might see, hear or smell on a visit.",
        "body": [
            (
                "text",
                "<p>Neglect is when a child does not get what they need, again and again. "
                "Children need food, clothes, a safe home and warmth. They need care, and "
                "an adult who keeps an eye on them. They need to see a doctor when they "
                "are ill and to go to school.</p>"
                "<p>Neglect is the most common kind of child abuse. It can harm a child "
                "for the rest of their life.</p>"
                "<h2>Signs in the home</h2>"
                "<ul>"
                "<li>A very bad smell, such as rotting food or dirt.</li>"
                "<li>Lots of flies.</li>"
                "<li>A home that looks unsafe for a child.</li>"
                "<li>A home so dirty it could make a child ill.</li>"
                "<li>No heat or warmth for the children.</li>"
                "</ul>"
                "<h2>Signs in the child</h2>"
                "<ul>"
                "<li>The child is very dirty, or smells strongly.</li>"
                "<li>The child seems hungry, or asks you for food.</li>"
                "<li>The child is not dressed for the weather. For example, no coat or "
                "shoes on a cold day.</li>"
                "<li>A young child is at home with no adult. Or children are left alone "
                "for a long time.</li>"
                "<li>A child of school age is at home in school hours, often.</li>"
                "<li>The child seems very quiet and withdrawn. Or the child clings to "
                "adults they do not know.</li>"
                "</ul>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": "Babies are most at risk",
                    "text": (
                        "<p>Babies and toddlers are most at risk of serious harm from "
                        "neglect. They cannot tell anyone what is wrong. Few people outside "
                        "the home may see them.</p>"
                        "<p>If a baby or toddler is alone, act straight away.</p>"
                    ),
                },
            ),
            (
                "text",
                "<h2>One sign, or many?</h2>"
                "<p>Neglect is not often one big event. It is lots of small things that "
                "add up over time.</p>"
                "<p>One sign on its own may not mean much. But what you see could be one "
                "piece of a bigger picture. Other people may have seen other pieces. So "
                "do not keep it to yourself.</p>",
            ),
            (
                "callout",
                {
                    "kind": "good_practice",
                    "heading": "What is not, on its own, a sign of neglect",
                    "text": (
                        "<ul>"
                        "<li><strong>Being poor.</strong> Lots of families have little "
                        "money and look after their children well.</li>"
                        "<li><strong>An untidy home.</strong> Busy family homes are often "
                        "messy. Neglect is about needs not being met again and again.</li>"
                        "<li><strong>A home that is not like yours.</strong> Families bring "
                        "up children in different ways.</li>"
                        "</ul>"
                        "<p>Neglect can happen in any home, rich or poor. Look at the "
                        "child. Are their needs being met?</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "reflection",
                    "heading": "Ask yourself",
                    "text": (
                        "<p>What is life like for this child, day by day? Would I be "
                        "worried if this was a child I knew?</p>"
                    ),
                },
            ),
            (
                "text",
                "<h2>Where this comes from</h2>"
                "<ul>"
                "<li>Bad smells, lots of flies and homes that look unsafe: South West "
                "London joint neglect strategy, section 5.2.</li>"
                "<li>What neglect is, poor hygiene, no adult keeping an eye on a child, "
                "and school: South West London strategy, sections 3 and 4.</li>"
                "<li>Babies most at risk: South West London strategy, section 4.2, and "
                "the Birmingham neglect strategy.</li>"
                '<li>Hunger, dirt, warmth, quiet or clingy children, and "not all poor '
                'children are neglected": Birmingham neglect strategy.</li>'
                "<li>Small things adding up: Wolverhampton neglect strategy.</li>"
                "<li>Most common kind of abuse: Walsall neglect strategy update.</li>"
                "</ul>",
            ),
        ],
        "sources": [SRC_SWL, SRC_BIRMINGHAM, SRC_WOLVERHAMPTON, SRC_WALSALL],
    },
    # -----------------------------------------------------------------------
    {
        "slug": "what-to-do",
        "title": "What to do if you are worried",
        "summary": "Who to call, what to write down, and why you do not need proof.",
        "body": [
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": "Is a child in danger right now? Call 999.",
                    "text": (
                        "<p>For example, a baby or young child is alone in the home. Or a "
                        "child is hurt. Call 999 and ask for the police. Do not put "
                        "yourself in danger.</p>"
                    ),
                },
            ),
            (
                "steps",
                {
                    "items": [
                        {
                            "heading": "Write down what you saw and heard",
                            "text": (
                                "<p>Do it as soon as you can, while it is fresh. Write "
                                "down:</p>"
                                "<ul>"
                                "<li>the address</li>"
                                "<li>the date and time</li>"
                                "<li>what you saw, heard and smelled</li>"
                                "<li>anything the child said, in their own words</li>"
                                "<li>who else was there</li>"
                                "</ul>"
                                "<p>Write facts, not what you think of the family. Write "
                                '"I saw lots of flies in the kitchen". Do not write '
                                '"the house is a tip".</p>'
                            ),
                        },
                        {
                            "heading": "Call children's services for that area",
                            "text": (
                                "<p>Call the children's services team for the home you "
                                "visited. That is the local council where the home is, "
                                "not where you live.</p>"
                                f'<p><a href="{FINDER_URL}">Find the right number by '
                                "postcode</a>.</p>"
                                "<p>Can't find a number? Call the NSPCC Helpline on "
                                "0808 800 5000. The NSPCC is a children's charity.</p>"
                            ),
                        },
                        {
                            "heading": "Tell your safeguarding lead at work",
                            "text": (
                                "<p>Your company should have its own steps for this. "
                                "There is often a named person to tell. This person is "
                                "called the safeguarding lead.</p>"
                                "<p>Tell them the same day. Follow your company's steps "
                                "as well as calling children's services.</p>"
                            ),
                        },
                        {
                            "heading": "Then let the experts take over",
                            "text": (
                                "<p>Children's services will decide what to do next. "
                                "It is their job to find out more, not yours.</p>"
                                "<p>Often they offer the family help. You may not hear "
                                "back, because they must keep the family's details "
                                "private. That is normal.</p>"
                                '<p><a href="/spot-the-signs/what-happens-next/">See what '
                                "happens next</a>.</p>"
                            ),
                        },
                    ]
                },
            ),
            (
                "callout",
                {
                    "kind": "good_practice",
                    "heading": "You do not need proof",
                    "text": (
                        "<p>You do not have to be sure. You do not need proof. Just say "
                        "what you saw and heard.</p>"
                        "<p>Do not wait for something worse to happen. Neglect builds up "
                        "over time. Small signs matter.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": "Please do not",
                    "text": (
                        "<ul>"
                        "<li>put yourself at risk</li>"
                        "<li>ask the child lots of questions. Listen, and write down what "
                        "they say.</li>"
                        "<li>try to find out more yourself</li>"
                        "<li>tell yourself someone else will report it</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "text",
                "<h2>Where this comes from</h2>"
                "<ul>"
                "<li>Firms whose staff visit homes should have clear steps for reporting "
                "worries to children's services: South West London joint neglect "
                "strategy, section 5.2.</li>"
                "<li>Police act at once when a child is in danger: South West London "
                "strategy, section 5.1.</li>"
                "<li>Do not wait for one big event, small things add up: Wolverhampton "
                "neglect strategy.</li>"
                "<li>Share worries in good time: Birmingham neglect strategy.</li>"
                "<li>Listening to children: Walsall neglect strategy update, section "
                "3.3.</li>"
                "<li>The phone numbers are not in these documents. They come from council "
                "web pages. Each number in the postcode finder says where.</li>"
                "</ul>",
            ),
        ],
        "sources": [SRC_SWL, SRC_WOLVERHAMPTON, SRC_BIRMINGHAM, SRC_WALSALL],
    },
    # -----------------------------------------------------------------------
    {
        "slug": "what-happens-next",
        "title": "What happens after you report",
        "summary": "What children's services do with your report, and why you may not hear back.",
        "body": [
            (
                "steps",
                {
                    "items": [
                        {
                            "heading": "Someone listens to you",
                            "text": (
                                "<p>A trained worker at children's services takes your "
                                "call or reads your report.</p>"
                                '<p>This first team is sometimes called the "front '
                                'door". In some areas it is called the MASH. That is a '
                                "team of council, police and health staff who work "
                                "together.</p>"
                            ),
                        },
                        {
                            "heading": "They check what is already known",
                            "text": (
                                "<p>Other people may already have worries about this "
                                "child. A school, a doctor or a health visitor may have "
                                "seen other signs. Your report adds to the picture.</p>"
                            ),
                        },
                        {
                            "heading": "They decide what help is needed",
                            "text": (
                                "<p>Most parents want to do the best for their children. "
                                "Some need help to do it.</p>"
                                "<p>Often the family is offered help and support early "
                                "on. A worker may visit to talk with the family and see "
                                "the child.</p>"
                                "<p>If a child is in serious danger, the police and "
                                "children's services step in.</p>"
                            ),
                        },
                    ]
                },
            ),
            (
                "callout",
                {
                    "kind": "good_practice",
                    "heading": "You may not hear back. That is normal.",
                    "text": (
                        "<p>Children's services may not tell you what happened. They must "
                        "keep the family's details private.</p>"
                        "<p>It does not mean nothing was done. It does not mean you were "
                        "wrong.</p>"
                    ),
                },
            ),
            (
                "text",
                "<h2>You did the right thing</h2>"
                "<p>Your report may be one small piece of a bigger picture. With other "
                "pieces, it can help a child get help sooner.</p>"
                "<h2>If you see it again</h2>"
                "<p>You may go back to the same home. If things look the same or worse, "
                "report it again. Each report adds to the picture.</p>",
            ),
            (
                "callout",
                {
                    "kind": "reflection",
                    "heading": "Look after yourself",
                    "text": (
                        "<p>What you saw may stay with you. If it is on your mind, talk to "
                        "your manager or safeguarding lead.</p>"
                    ),
                },
            ),
            (
                "text",
                "<h2>Where this comes from</h2>"
                "<ul>"
                "<li>Children's services respond to reports, assess needs and offer "
                "help; police act when a child is in danger: South West London joint "
                "neglect strategy, section 5.1.</li>"
                "<li>Agencies share information securely and keep it confidential: "
                "South West London strategy, section 5.2. The documents do not say whether "
                "the person who reported is told what happened.</li>"
                "<li>Most parents want to meet their children's needs but some need "
                "help: Walsall neglect strategy update, section 5.2.</li>"
                '<li>The "front door": Walsall neglect strategy update, section 8.1.</li>'
                "<li>MASH (Multi-Agency Safeguarding Hub): Wolverhampton neglect "
                "strategy.</li>"
                "<li>Early help and small things adding up: Wolverhampton and Birmingham "
                "neglect strategies.</li>"
                "</ul>",
            ),
        ],
        "sources": [SRC_SWL, SRC_WALSALL, SRC_WOLVERHAMPTON, SRC_BIRMINGHAM],
    },
]


# ---------------------------------------------------------------------------
# Open course (no account needed)
# ---------------------------------------------------------------------------

OPEN_COURSE = {
    "slug": "spotting-the-signs",
    "title": "Spotting the signs of neglect: a guide for people who visit homes",
    "summary": (
        "A 10 minute guide for people who work in family homes. Learn the signs of "
        "neglect and who to call."
    ),
    "audience_description": (
        "Gas, water and electricity engineers, meter readers, telecoms installers, "
        "postal workers and anyone else whose job takes them to family homes. You do "
        "not need any training in child safety to take this course."
    ),
    "learning_outcomes": [
        "Say what neglect is, in your own words.",
        "Spot signs of neglect in a home or in a child.",
        "Know when to call 999 and when to call children's services.",
        "Know what to write down and what happens after you report.",
    ],
    "estimated_minutes": 10,
    "cpd_minutes": 0,
    "pass_mark": 80,
    "validity_months": 0,
    "audience": "public",
    "prerequisites": [],
    "lessons": [
        # -------------------------------------------------------------------
        {
            "slug": "why-your-visit-matters",
            "title": "Neglect, and why your visit matters",
            "summary": "What neglect is, and why people who visit homes can help.",
            "sources": [SRC_SWL, SRC_WALSALL, SRC_BIRMINGHAM],
            "body": [
                (
                    "text",
                    "<p>Neglect is when a child does not get what they need, again and "
                    "again. Children need food, clothes, a safe home and warmth. They "
                    "need care, and an adult to keep an eye on them.</p>"
                    "<p>Neglect is the most common kind of child abuse in the UK. It can "
                    "harm a child's health and growth for years.</p>"
                    "<h2>Why your visit matters</h2>"
                    "<p>You go into homes that few other people see. Babies and young "
                    "children may not be seen by anyone outside the family.</p>"
                    "<p>The partnerships in South West London want staff from gas, water "
                    "and electricity firms to know the signs. They name firms such as "
                    "British Gas and Royal Mail. What you notice on a visit could help a "
                    "child get help early.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "good_practice",
                        "heading": "Keeping children safe is everyone's job",
                        "text": (
                            "<p>You are not being asked to be a social worker. You are "
                            "being asked to notice, and to tell someone.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": "What is neglect?",
                                "multiple": False,
                                "explanation": (
                                    "Neglect is when a child's needs are not met, again "
                                    "and again. One messy day or being poor is not "
                                    "neglect on its own."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "A child does not get what they need, again and again"
                                        ),
                                        "correct": True,
                                        "feedback": "Yes. Neglect goes on over time.",
                                    },
                                    {
                                        "text": "A home is messy on the day you visit",
                                        "correct": False,
                                        "feedback": (
                                            "No. Lots of family homes are messy. That "
                                            "alone is not neglect."
                                        ),
                                    },
                                    {
                                        "text": "A family has very little money",
                                        "correct": False,
                                        "feedback": (
                                            "No. Many families with little money look "
                                            "after their children well."
                                        ),
                                    },
                                ],
                            },
                        ]
                    },
                ),
            ],
        },
        # -------------------------------------------------------------------
        {
            "slug": "signs-to-look-for",
            "title": "Signs to look for",
            "summary": "What neglect can look like from the doorstep, and what is not a sign.",
            "sources": [SRC_SWL, SRC_BIRMINGHAM, SRC_WOLVERHAMPTON],
            "body": [
                (
                    "text",
                    "<h2>In the home</h2>"
                    "<ul>"
                    "<li>A very bad smell, such as rotting food or dirt</li>"
                    "<li>Lots of flies</li>"
                    "<li>A home that looks unsafe, or so dirty it could make a child "
                    "ill</li>"
                    "</ul>"
                    "<h2>In the child</h2>"
                    "<ul>"
                    "<li>Very dirty or smelly, time after time</li>"
                    "<li>Hungry, or asks you for food</li>"
                    "<li>Not dressed for the weather</li>"
                    "<li>A young child left alone, with no adult</li>"
                    "<li>At home in school hours, often</li>"
                    "</ul>"
                    "<p>Neglect is often lots of small things that add up. One sign may "
                    "not mean much. But it could be one piece of a bigger picture.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "good_practice",
                        "heading": "Not, on its own, a sign of neglect",
                        "text": (
                            "<ul>"
                            "<li>Being poor</li>"
                            "<li>An untidy home</li>"
                            "<li>A home that is not like yours</li>"
                            "</ul>"
                            "<p>Look at the child. Are their needs being met?</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "Which of these could be signs of neglect? Select all "
                                    "that apply."
                                ),
                                "multiple": True,
                                "explanation": (
                                    "Strong smells, lots of flies and unsafe homes are "
                                    "warning signs the South West London strategy names "
                                    "(section 5.2). Leaving young children with no adult "
                                    "is supervisory neglect (section 3.2). Children also "
                                    "need clothes that keep them warm. Toys on the floor "
                                    "are just family life."
                                ),
                                "options": [
                                    {
                                        "text": "Lots of flies and a smell of rotting food",
                                        "correct": True,
                                        "feedback": "Yes. This is a sign to note.",
                                    },
                                    {
                                        "text": "A toddler at home with no adult",
                                        "correct": True,
                                        "feedback": (
                                            "Yes. A toddler alone is in danger. Call 999."
                                        ),
                                    },
                                    {
                                        "text": "Toys all over the floor",
                                        "correct": False,
                                        "feedback": "No. That is normal in a family home.",
                                    },
                                    {
                                        "text": (
                                            "A child in a T-shirt on a freezing day, time "
                                            "after time"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Yes. Children need clothes that keep them warm."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "A home has old carpets and not much furniture. The "
                                    "children are clean, fed and warm. Is this a sign of "
                                    "neglect?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "Being poor is not, on its own, a sign of neglect. "
                                    "Look at whether the child's needs are met."
                                ),
                                "options": [
                                    {
                                        "text": "No. The children's needs are being met.",
                                        "correct": True,
                                        "feedback": "Right. Look at the child, not the carpet.",
                                    },
                                    {
                                        "text": "Yes. The home is not well kept.",
                                        "correct": False,
                                        "feedback": (
                                            "No. Having little money is not neglect on its own."
                                        ),
                                    },
                                ],
                            },
                        ]
                    },
                ),
            ],
        },
        # -------------------------------------------------------------------
        {
            "slug": "what-to-do",
            "title": "What to do",
            "summary": (
                "When to call 999, when to call children's services, and what to write down."
            ),
            "sources": [SRC_SWL, SRC_WOLVERHAMPTON, SRC_BIRMINGHAM],
            "body": [
                (
                    "text",
                    "<h2>Is a child in danger right now?</h2>"
                    "<p>Call 999 and ask for the police. For example, a young child is "
                    "alone in the home, or a child is hurt.</p>"
                    "<h2>Worried, but no one is in danger right now?</h2>"
                    "<ol>"
                    "<li><strong>Write it down.</strong> Note the address, date and time, "
                    "and what you saw, heard and smelled. Write facts, not opinions.</li>"
                    "<li><strong>Call children's services</strong> for the area the home "
                    "is in. Use the postcode finder on this website.</li>"
                    "<li><strong>Tell your safeguarding lead</strong> at work the same "
                    "day. This is the person at your company who deals with worries "
                    "about children.</li>"
                    "</ol>",
                ),
                (
                    "callout",
                    {
                        "kind": "good_practice",
                        "heading": "You do not need proof",
                        "text": (
                            "<p>Do not wait to be sure. Say what you saw. Children's "
                            "services will find out more. That is their job, not yours.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "You see a toddler alone in a flat. No adult answers. "
                                    "What should you do?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "A toddler alone is in danger right now. Call 999. "
                                    "Then tell your safeguarding lead."
                                ),
                                "options": [
                                    {
                                        "text": "Call 999 straight away",
                                        "correct": True,
                                        "feedback": "Yes. A child in danger now means 999.",
                                    },
                                    {
                                        "text": "Finish the job and leave",
                                        "correct": False,
                                        "feedback": "No. The child could come to harm.",
                                    },
                                    {
                                        "text": "Wait to see if it happens next time",
                                        "correct": False,
                                        "feedback": ("No. Do not wait when a child is in danger."),
                                    },
                                ],
                            },
                            {
                                "text": "Which is the best note to write?",
                                "multiple": False,
                                "explanation": (
                                    "Write facts: what, where and when. Leave out your "
                                    "opinion of the family."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Tuesday, 10am. Lots of flies in the kitchen. "
                                            "Smell of rotting food."
                                        ),
                                        "correct": True,
                                        "feedback": "Yes. Clear facts, with the date and time.",
                                    },
                                    {
                                        "text": "The mum is a bad parent.",
                                        "correct": False,
                                        "feedback": "No. That is an opinion, not a fact.",
                                    },
                                    {
                                        "text": "The house is a tip.",
                                        "correct": False,
                                        "feedback": "No. Say what you actually saw.",
                                    },
                                ],
                            },
                        ]
                    },
                ),
            ],
        },
        # -------------------------------------------------------------------
        {
            "slug": "after-you-report",
            "title": "After you report",
            "summary": "What children's services do, and why you may not hear back.",
            "sources": [SRC_SWL, SRC_WALSALL, SRC_WOLVERHAMPTON],
            "body": [
                (
                    "text",
                    "<p>A trained worker at children's services listens to you. They check "
                    "what other people already know. Then they decide what help the child "
                    "and family need.</p>"
                    "<p>Most parents want to do the best for their children. Some need "
                    "help to do it. Often the family is offered help early on. If a child "
                    "is in serious danger, children's services and the police act.</p>"
                    "<h2>Remember ACTION</h2>"
                    "<ul>"
                    "<li><strong>A</strong>ware: know the signs.</li>"
                    "<li><strong>C</strong>are: care about the child.</li>"
                    "<li><strong>T</strong>hink: think about what you saw, and write it "
                    "down.</li>"
                    "<li>don't <strong>I</strong>gnore it, <strong>o</strong>r do "
                    "<strong>N</strong>othing: make the call.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "good_practice",
                        "heading": "You may not hear back",
                        "text": (
                            "<p>Children's services must keep the family's details "
                            "private. So they may not tell you what happened. That is "
                            "normal. You still did the right thing.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "You reported a worry two weeks ago. You have not "
                                    "heard anything. What does this mean?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "Children's services keep family details private. Not "
                                    "hearing back is normal."
                                ),
                                "options": [
                                    {
                                        "text": "It is normal. The family's details are private.",
                                        "correct": True,
                                        "feedback": "Yes. You did the right thing.",
                                    },
                                    {
                                        "text": "Nothing was done about it",
                                        "correct": False,
                                        "feedback": (
                                            "No. Not hearing back does not mean nothing was done."
                                        ),
                                    },
                                    {
                                        "text": "You were wrong to report it",
                                        "correct": False,
                                        "feedback": "No. Reporting a worry is always right.",
                                    },
                                ],
                            },
                        ]
                    },
                ),
            ],
        },
    ],
    "assessment": {
        "questions_per_attempt": 5,
        "pass_mark": 80,
        "questions": [
            {
                "topic": "why-your-visit-matters",
                "text": "Which of these best describes neglect?",
                "multiple": False,
                "explanation": (
                    "Neglect is when a child's needs are not met, again and again. It "
                    "often builds up from lots of small things."
                ),
                "options": [
                    {
                        "text": "A child does not get what they need, again and again",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "A family has less money than most",
                        "correct": False,
                        "feedback": "No. Being poor is not neglect on its own.",
                    },
                    {
                        "text": "A parent is late home one evening",
                        "correct": False,
                        "feedback": "No. Neglect goes on over time.",
                    },
                    {
                        "text": "A home is untidy on the day you call",
                        "correct": False,
                        "feedback": "No. An untidy home is not neglect on its own.",
                    },
                ],
            },
            {
                "topic": "signs-to-look-for",
                "text": "Which of these could be signs of neglect? Select all that apply.",
                "multiple": True,
                "explanation": (
                    "Bad smells, lots of flies and a child at home alone in school hours "
                    "are all signs to note. Having little money is not, on its own."
                ),
                "options": [
                    {
                        "text": "A strong smell of dirt and lots of flies",
                        "correct": True,
                        "feedback": "Yes. This is a sign to note.",
                    },
                    {
                        "text": "A school-age child at home alone on school days, week after week",
                        "correct": True,
                        "feedback": "Yes. This is a sign to note.",
                    },
                    {
                        "text": "A family that has old furniture",
                        "correct": False,
                        "feedback": "No. Having little money is not neglect on its own.",
                    },
                    {
                        "text": "Washing up left in the sink",
                        "correct": False,
                        "feedback": "No. That is normal family life.",
                    },
                ],
            },
            {
                "topic": "what-to-do",
                "text": "A child is in danger right now. What do you do first?",
                "multiple": False,
                "explanation": "If a child is in danger right now, call 999.",
                "options": [
                    {
                        "text": "Call 999",
                        "correct": True,
                        "feedback": "Correct.",
                    },
                    {
                        "text": "Email your manager at the end of the day",
                        "correct": False,
                        "feedback": "No. A child in danger needs help now. Call 999.",
                    },
                    {
                        "text": "Wait until your next visit",
                        "correct": False,
                        "feedback": "No. Do not wait when a child is in danger.",
                    },
                ],
            },
            {
                "topic": "what-to-do",
                "text": "You are worried about a child, but you are not sure. What should you do?",
                "multiple": False,
                "explanation": (
                    "You do not need proof. Write down what you saw. Call children's "
                    "services for that area and tell your safeguarding lead."
                ),
                "options": [
                    {
                        "text": (
                            "Write down what you saw, call children's services and tell "
                            "your safeguarding lead"
                        ),
                        "correct": True,
                        "feedback": "Correct. You do not need proof.",
                    },
                    {
                        "text": "Wait until you have proof",
                        "correct": False,
                        "feedback": "No. Children's services will find out more.",
                    },
                    {
                        "text": "Ask the child lots of questions",
                        "correct": False,
                        "feedback": "No. Listen, but leave the questions to the experts.",
                    },
                ],
            },
            {
                "topic": "after-you-report",
                "text": (
                    "After you report, children's services do not tell you what happened. "
                    "Why might this be?"
                ),
                "multiple": False,
                "explanation": (
                    "Children's services must keep the family's details private. Not "
                    "hearing back is normal."
                ),
                "options": [
                    {
                        "text": "They must keep the family's details private",
                        "correct": True,
                        "feedback": "Correct. You still did the right thing.",
                    },
                    {
                        "text": "They did not believe you",
                        "correct": False,
                        "feedback": "No. Not hearing back is normal.",
                    },
                    {
                        "text": "They do not need reports from people like you",
                        "correct": False,
                        "feedback": "No. Reports from people who visit homes help children.",
                    },
                ],
            },
        ],
    },
}


# ---------------------------------------------------------------------------
# Children's services "front door" contacts for the postcode finder
# ---------------------------------------------------------------------------
# Phone numbers are NOT in the seed documents. Each number below was found in a
# search of stored public web pages; "source" names the page. The stored copies may
# be out of date: check every number on the live council page before go-live.
# Where no number could be confirmed, the field is "" and "source" says so.
#
# Postcode districts: outward codes that mainly cover each area. A district shared
# by two of our areas is listed under both. Districts mostly in a council outside
# these partnerships are left out (for example SW16 Streatham and SW4/SW8, mainly
# Lambeth; CR3 and CR6, mainly Tandridge; B37 and B90-B94, Solihull), so the finder
# falls back to the national helpline (settings.PUBLIC_NATIONAL_FALLBACK) there. WV, WS
# and CR coverage was checked against
# the Wikipedia postcode-area tables found by search; the rest is from general
# knowledge of postcode geography and should be checked against ONS data.

AREA_CONTACTS = {
    "walsall": [
        {
            "partnership": "walsall",
            "area_name": "Walsall",
            "service_name": "Walsall Children's Services (MASH and Emergency Duty Team)",
            "phone_in_hours": "",
            "phone_out_of_hours": "0300 555 2922",
            "web_form_url": "",
            "link_kind": "information",
            "postcode_districts": [
                "WS1",
                "WS2",
                "WS3",
                "WS4",
                "WS5",
                "WS8",
                "WS9",
                "WS10",
                "WV12",
                "WV13",
                "B43",
                "B74",
            ],
            "source": (
                "Checked for issue 19: no daytime number found; the finder, area list, "
                "poster and card send daytime callers to the NSPCC Helpline until one is "
                "added. "
                "In-hours number NOT confirmed: no search result gave the Walsall MASH "
                "public number, so it is left blank; add it from walsall.gov.uk before "
                "go-live. Out of hours: Walsall Emergency Duty Team, 0300 555 2922 (or "
                "01922 652922), from the Walsall children's social care procedures manual, "
                "'Emergency Duty Team' chapter, updated November 2020 "
                "(https://walsallchildcare.proceduresonline.com/p_ert.html). No public "
                "'report a concern' web page was found, so web_form_url is blank. "
                "Postcodes: WS5, WS10 shared with Sandwell; WS9 with Lichfield; WV12 with "
                "Wolverhampton; B43 and B74 with Birmingham."
            ),
        },
    ],
    "wolverhampton": [
        {
            "partnership": "wolverhampton",
            "area_name": "Wolverhampton",
            "service_name": "Wolverhampton Multi-Agency Safeguarding Hub (MASH)",
            "phone_in_hours": "01902 555392",
            "phone_out_of_hours": "01902 552999",
            "web_form_url": (
                "https://win.wolverhampton.gov.uk/kb5/wolverhampton/directory/"
                "service.page?id=QERJ9YZTg9U"
            ),
            "link_kind": "information",
            "postcode_districts": [
                "WV1",
                "WV2",
                "WV3",
                "WV4",
                "WV6",
                "WV9",
                "WV10",
                "WV11",
                "WV12",
                "WV14",
            ],
            "source": (
                "Link checked for issue 19: a directory information page, not a form. "
                "In hours: MASH 01902 555392, from Wolverhampton Safeguarding Together "
                "'Multi Agency Safeguarding Hub (MASH)' news page "
                "(wolverhamptonsafeguarding.org.uk) and the Royal Wolverhampton NHS Trust "
                "child safeguarding page. Out of hours: Emergency Duty Team 01902 552999, "
                "from wolverhampton.gov.uk/health-and-social-care/emergency-duty-team-out-"
                "hours (5pm-8am Mon-Thu, 4.30pm Fri to 8am Mon, bank holidays). "
                "web_form_url is the MASH entry in the Wolverhampton Information Network "
                "directory (an information page, not a form). Postcodes: WV4, WV6, WV9, "
                "WV10, WV11 shared with South Staffordshire; WV14 with Dudley; WV12 with "
                "Walsall."
            ),
        },
    ],
    "birmingham": [
        {
            "partnership": "birmingham",
            "area_name": "Birmingham",
            "service_name": "Children's Advice and Support Service (CASS)",
            "phone_in_hours": "0121 303 1888",
            "phone_out_of_hours": "0121 675 4806",
            "web_form_url": "https://lscpbirmingham.org.uk/working-with-children/safeguarding-concerns",
            "link_kind": "information",
            "postcode_districts": [
                "B1",
                "B2",
                "B3",
                "B4",
                "B5",
                "B6",
                "B7",
                "B8",
                "B9",
                "B10",
                "B11",
                "B12",
                "B13",
                "B14",
                "B15",
                "B16",
                "B17",
                "B18",
                "B19",
                "B20",
                "B21",
                "B23",
                "B24",
                "B25",
                "B26",
                "B27",
                "B28",
                "B29",
                "B30",
                "B31",
                "B32",
                "B33",
                "B34",
                "B35",
                "B36",
                "B38",
                "B42",
                "B43",
                "B44",
                "B45",
                "B72",
                "B73",
                "B74",
                "B75",
                "B76",
            ],
            "source": (
                "Link checked for issue 19: the partnership page leads to a request form for "
                "professionals only, so it is labelled More information. "
                "In hours: CASS 0121 303 1888 (Mon-Thu 8.45am-5.15pm, Fri 8.45am-4.15pm); "
                "out of hours: Emergency Duty Team 0121 675 4806. Both from Birmingham "
                "Safeguarding Children Partnership 'Safeguarding Concerns' page "
                "(https://lscpbirmingham.org.uk/working-with-children/safeguarding-"
                "concerns), and repeated on other Birmingham pages found by search. "
                "Postcodes: B43 and B74 shared with Walsall; B26, B36 with Solihull; B45 "
                "with Bromsgrove; B76 with North Warwickshire."
            ),
        },
    ],
    # The four South West London boroughs share one strategy but each is its own seeded
    # partnership (learning/seed.py), so every entry below names its own.
    "south-west-london": [
        {
            "partnership": "croydon",
            "area_name": "Croydon",
            "service_name": "Croydon Single Point of Contact (SPOC)",
            "phone_in_hours": "020 8255 2888",
            "phone_out_of_hours": "020 8726 6400",
            "web_form_url": (
                "https://www.croydon.gov.uk/children-young-people-and-families/"
                "child-protection-and-safeguarding/report-concern-about-child"
            ),
            "link_kind": "form",
            "postcode_districts": ["CR0", "CR2", "CR5", "CR7", "CR8", "SE19", "SE25"],
            "source": (
                "Link checked for issue 19: a public report form. "
                "In hours: SPOC 020 8255 2888 (Mon-Fri 9am-5pm); out of hours: Emergency "
                "Duty Team 020 8726 6400. Both from Croydon Council 'Report a concern "
                "about a child' page for members of the public (URL above) and the Croydon "
                "Safeguarding Children Partnership 'What to do if you're worried about a "
                "child' page. NOTE: Croydon's page for professionals gives 020 8726 6000 "
                "for the Emergency Duty Team and mentions phone problems; check which out "
                "of hours number is current. Postcodes: CR0, CR5, CR8 shared with Sutton; "
                "SE19 with Lambeth, Bromley and Southwark."
            ),
        },
        {
            "partnership": "kingston-richmond",
            "area_name": "Kingston upon Thames",
            "service_name": "Achieving for Children Single Point of Access (SPA)",
            "phone_in_hours": "020 8547 5008",
            "phone_out_of_hours": "020 8770 5000",
            "web_form_url": "https://www.richmond.gov.uk/make_a_referral_to_spa",
            "link_kind": "form",
            "postcode_districts": ["KT1", "KT2", "KT3", "KT4", "KT5", "KT6", "KT9"],
            "source": (
                "Link checked for issue 19: a public referral form. "
                "In hours: SPA 020 8547 5008 (Mon-Thu 8am-5.15pm, Fri 8am-5pm); out of "
                "hours: 020 8770 5000. From the Kingston and Richmond Safeguarding "
                "Children Partnership 'Concerned about a child?' page and the Achieving "
                "for Children local offer SPA page. The SPA covers both Kingston and "
                "Richmond; the web form (URL above, on richmond.gov.uk) is for both "
                "boroughs. Postcodes: KT1 shared with Richmond (Hampton Wick); KT3 with "
                "Merton; KT4 with Sutton; KT6 with Elmbridge."
            ),
        },
        {
            "partnership": "kingston-richmond",
            "area_name": "Richmond upon Thames",
            "service_name": "Achieving for Children Single Point of Access (SPA)",
            "phone_in_hours": "020 8547 5008",
            "phone_out_of_hours": "020 8770 5000",
            "web_form_url": "https://www.richmond.gov.uk/make_a_referral_to_spa",
            "link_kind": "form",
            "postcode_districts": [
                "TW1",
                "TW2",
                "TW9",
                "TW10",
                "TW11",
                "TW12",
                "SW13",
                "SW14",
                "KT1",
            ],
            "source": (
                "Link checked for issue 19: a public referral form. "
                "In hours: SPA 020 8547 5008; out of hours: Duty Social Worker 020 8770 "
                "5000. From Richmond Council 'Make a referral to the Single Point of "
                "Access' page (URL above) and the Kingston and Richmond Safeguarding "
                "Children Partnership page. An older Richmond page (2015) gave 020 8891 "
                "7969 and 020 8744 2442; those look out of date and are not used. "
                "Postcodes: KT1 shared with Kingston; TW2 with Hounslow."
            ),
        },
        {
            "partnership": "merton",
            "area_name": "Merton",
            "service_name": "Merton Children and Families Hub (formerly MASH)",
            "phone_in_hours": "020 8545 4226",
            "phone_out_of_hours": "020 8770 5000",
            "web_form_url": "https://www.mertonscp.org.uk/what-you-can-do/",
            "link_kind": "information",
            "postcode_districts": ["SW19", "SW20", "SM4", "CR4", "KT3"],
            "source": (
                "Link checked for issue 19: an advice page, not a form. "
                "In hours: 020 8545 4226 (or 020 8545 4227); out of hours: 020 8770 5000. "
                "From Merton Council MASH referral page "
                "(merton.gov.uk/social-care/children-young-people-and-families/"
                "safeguarding-children/mash/referral) and the older Merton 'Protecting "
                "children' page. Merton Safeguarding Children Partnership says the MASH is "
                "now called the Children and Families Hub (URL above). Postcodes: SW19 "
                "shared with Wandsworth; KT3 with Kingston; SM4 with Sutton."
            ),
        },
        {
            "partnership": "wandsworth",
            "area_name": "Wandsworth",
            "service_name": "Wandsworth Multi-Agency Safeguarding Hub (MASH)",
            "phone_in_hours": "020 8871 6622",
            "phone_out_of_hours": "020 8871 6000",
            "web_form_url": "https://fis.wandsworth.gov.uk/kb5/wandsworth/fsd/family.page?familychannel=6",
            "link_kind": "information",
            "postcode_districts": ["SW11", "SW12", "SW15", "SW17", "SW18", "SW19"],
            "source": (
                "Link checked for issue 19: a page for practitioners about the MASH referral "
                "form, not a public form. The in-hours number comes only from an older "
                "practitioner page: to confirm. "
                "Out of hours: 020 8871 6000, from the Wandsworth Family Information "
                "Service safeguarding page (URL above). In hours: 020 8871 6622, from an "
                "older Wandsworth page for practitioners that names the 'Initial Point of "
                "Contact' team (thrive.wandsworth.gov.uk); the newer MASH page in the "
                "stored copy did not show its number. CHECK the in-hours number on the "
                "live council page before go-live. Postcodes: SW19 shared with Merton; "
                "SW12 with Lambeth."
            ),
        },
    ],
}
