"""Seed content for the course "ACTION: Aware, Care, Think don't Ignore or do Nothing".

Pure data. Facts come from the source documents in shared/seeds/, and each lesson names the
documents it draws on. Case studies are fictional and illustrative only.
"""

COURSE = {
    "slug": "action",
    "title": "ACTION: Aware, Care, Think don't Ignore or do Nothing",
    "summary": (
        "A short awareness course based on Walsall's ACTION message: be Aware, Care, Think, and "
        "don't Ignore or do Nothing. Learn what neglect can look like and what to do if you are "
        "worried about a child."
    ),
    "audience_description": (
        "Anyone whose work brings them into contact with children or families: practitioners in "
        "every agency, volunteers, early years and community staff, and people who visit family "
        "homes, such as housing, utility and postal workers. No previous safeguarding training is "
        "needed."
    ),
    "learning_outcomes": [
        "Explain what the ACTION campaign stands for and why it was developed.",
        (
            "Describe why safeguarding children is everyone's business, including people who visit "
            "family homes."
        ),
        "Recognise common signs that a child's needs may be neglected, at different ages.",
        "Know what to do if you are worried about a child, including when to call 999.",
        "Understand what may happen after you raise a concern, and how to follow up or escalate.",
    ],
    "estimated_minutes": 40,
    "cpd_minutes": 40,
    "pass_mark": 80,
    "validity_months": 36,
    "audience": "practitioners",
    "prerequisites": [],
    "lessons": [
        {
            "slug": "what-action-is",
            "title": "What ACTION means",
            "summary": (
                "What the ACTION campaign stands for, where it comes from, and why it is a message "
                "for every adult."
            ),
            "sources": [
                {
                    "file": "walsall-neglect-strategy-update.txt",
                    "title": "Walsall Child Neglect Strategy Update",
                },
            ],
            "body": [
                (
                    "text",
                    (
                        "<h2>A simple message</h2><p>ACTION is an Early Help campaign used in "
                        "Walsall. Each letter is part of a short message about what to do if you "
                        "are worried about a child:</p><ul><li><strong>A</strong>ware</li>"
                        "<li><strong>C</strong>are</li><li><strong>T</strong>hink</li><li>don't "
                        "<strong>I</strong>gnore</li><li><strong>O</strong>r do "
                        "<strong>N</strong>othing</li></ul><p>Walsall Safeguarding Partnership has "
                        "used the ACTION campaign as part of its Child Neglect Strategy, which it "
                        "calls Neglect Matters. The aim is to put into practice the guiding "
                        "principles that children and young people helped to shape.</p>"
                        "<h2>What children told Walsall</h2><p>When Walsall developed its neglect "
                        "strategy, children and young people said three things would help children "
                        "who experience neglect to get support as early as possible:</p>"
                        "<ul><li><strong>Training</strong>, so that everyone in Walsall "
                        "understands what neglect means, the impact it has on children, and the "
                        "part they can play in preventing it or supporting children who experience "
                        "it.</li><li><strong>Seeing and hearing children</strong>: talking with "
                        "them, listening to them and seeing them.</li><li><strong>Taking "
                        "action</strong>: children said that having at least one adult, or a "
                        "network of adults, who listens, who they can trust and who offers support "
                        "is key to good help.</li></ul><p>ACTION turns these principles into a "
                        "message that any adult can remember.</p><h2>Who it is for</h2>"
                        "<p>Children asked for <em>everyone</em> to understand neglect and the "
                        "part they can play. So the ACTION message is for every adult who comes "
                        "into contact with children and families: practitioners in every agency, "
                        "volunteers, and people in the wider community.</p>"
                        "<h2>Why it matters</h2><p>Walsall's strategy update says neglect is the "
                        "most common type of abuse experienced by children in Walsall, as it is "
                        "nationally. Neglect in childhood can have serious and long-term effects "
                        "on many areas of a child's development, and on their life into "
                        "adulthood.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "items": [
                            {
                                "heading": "Aware",
                                "text": (
                                    "<p>Know what neglect is and what it can look like. Neglect is "
                                    "the ongoing failure to meet a child's basic physical or "
                                    "emotional needs, in a way that is likely to seriously harm "
                                    "their health or development. Lesson 3 looks at signs to "
                                    "notice.</p>"
                                ),
                            },
                            {
                                "heading": "Care",
                                "text": (
                                    "<p>Show children that you care. Children told Walsall they "
                                    "need adults who listen, who they can trust and who offer "
                                    "support. Care about families too: most parents want to meet "
                                    "their children's needs, but at times they need help.</p>"
                                ),
                            },
                            {
                                "heading": "Think",
                                "text": (
                                    "<p>Think about what you have seen or heard, and what it might "
                                    "mean for the child. Think about the whole picture: small "
                                    "worries can add up over time.</p>"
                                ),
                            },
                            {
                                "heading": "Don't Ignore",
                                "text": (
                                    "<p>Do not explain away a worry, or assume someone else has "
                                    "dealt with it. Children rarely tell adults that they are "
                                    "being neglected, so adults need to notice.</p>"
                                ),
                            },
                            {
                                "heading": "Or do Nothing",
                                "text": (
                                    "<p>Take a step. Talk to your safeguarding lead, record what "
                                    "you saw and heard, and report your concern. If a child is in "
                                    "immediate danger, call 999. Lesson 4 explains how.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "ACTION is not the same as AWARE",
                        "text": (
                            "<p>Walsall's strategy update also mentions <strong>AWARE</strong>, a "
                            "mobile app used by the police. The partnership was looking at whether "
                            "it could help identify neglect and be used by more agencies. This is "
                            "a different thing from the word 'Aware' in ACTION. ACTION is a "
                            "message for every adult, and you do not need an app to follow it.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": "What does ACTION stand for?",
                                "multiple": False,
                                "explanation": (
                                    "ACTION stands for Aware, Care, Think don't Ignore or do "
                                    "Nothing."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Assess, Confirm, Tell, Investigate, Observe, Notify"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. ACTION is not an investigation process. It stands "
                                            "for Aware, Care, Think don't Ignore or do Nothing."
                                        ),
                                    },
                                    {
                                        "text": "Act, Check, Talk, Inform, Own, Note",
                                        "correct": False,
                                        "feedback": (
                                            "No. ACTION stands for Aware, Care, Think don't Ignore "
                                            "or do Nothing."
                                        ),
                                    },
                                    {
                                        "text": "Aware, Care, Think don't Ignore or do Nothing",
                                        "correct": True,
                                        "feedback": "Correct. That is the ACTION message.",
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Children and young people in Walsall helped to shape the "
                                    "guiding principles of the neglect strategy. Which principles "
                                    "did they identify? Select all that apply."
                                ),
                                "multiple": True,
                                "explanation": (
                                    "Children identified three principles: training, seeing and "
                                    "hearing children, and taking action."
                                ),
                                "options": [
                                    {
                                        "text": "Taking action",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Children wanted at least one trusted adult "
                                            "who listens and offers support."
                                        ),
                                    },
                                    {
                                        "text": "Waiting until a child asks for help",
                                        "correct": False,
                                        "feedback": (
                                            "No. Children rarely ask for help with neglect, so "
                                            "adults need to notice and act."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Training, so everyone understands neglect and their "
                                            "part in it"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Children wanted everyone to understand "
                                            "neglect."
                                        ),
                                    },
                                    {
                                        "text": "Seeing and hearing children",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Talking with children, listening to them and "
                                            "seeing them."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Who is the ACTION message for?",
                                "multiple": False,
                                "explanation": (
                                    "Children asked for everyone to understand neglect and the "
                                    "part they can play, so ACTION is for every adult."
                                ),
                                "options": [
                                    {
                                        "text": "Only social workers",
                                        "correct": False,
                                        "feedback": (
                                            "No. Everyone has a part to play, not only social "
                                            "workers."
                                        ),
                                    },
                                    {
                                        "text": "Only parents",
                                        "correct": False,
                                        "feedback": (
                                            "No. ACTION is for everyone who comes into contact "
                                            "with children and families."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Every adult who comes into contact with children and "
                                            "families"
                                        ),
                                        "correct": True,
                                        "feedback": "Correct. Safeguarding is everyone's business.",
                                    },
                                    {
                                        "text": "Only police officers",
                                        "correct": False,
                                        "feedback": (
                                            "No. The police have an important role, but ACTION is "
                                            "a message for every adult."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "everyones-role",
            "title": "Safeguarding is everyone's business",
            "summary": (
                "Why every adult has a part to play, including people who visit family homes such "
                "as utility, housing and postal workers."
            ),
            "sources": [
                {
                    "file": "south-west-london-joint-neglect-strategy.txt",
                    "title": (
                        "South West London Joint Child Neglect Strategy (Croydon, Kingston and "
                        "Richmond, Merton and Wandsworth)"
                    ),
                },
                {
                    "file": "birmingham-neglect-strategy-2022-26.txt",
                    "title": "Birmingham Neglect Strategy 2022-26",
                },
                {
                    "file": "walsall-neglect-strategy-update.txt",
                    "title": "Walsall Child Neglect Strategy Update",
                },
            ],
            "body": [
                (
                    "text",
                    (
                        "<h2>You do not need to be a social worker</h2>"
                        "<p>The South West London joint strategy says it plainly: "
                        "<strong>safeguarding children is everyone's business</strong>. "
                        "Birmingham's strategy says the same. Whatever organisation we work for, "
                        "and whatever our role, we all have a responsibility to look for signs of "
                        "neglect and to take action when we see them.</p>"
                        "<p>This matters because children rarely tell anyone that they are "
                        "neglected. Birmingham's strategy says neglect is the form of abuse least "
                        "likely to be identified by children. Many do not know that their care is "
                        "different from other children's. So the adults around them need to "
                        "notice.</p><h2>People who visit family homes</h2>"
                        "<p>Section 5.2 of the South West London strategy highlights people who go "
                        "into family homes as part of their work. This includes staff from utility "
                        "companies (water, gas and electricity) such as British Gas, and postal "
                        "workers such as Royal Mail staff. They may notice warning signs during a "
                        "visit, for example:</p><ul><li>poor hygiene</li><li>unpleasant smells</li>"
                        "<li>a large number of flies</li><li>living conditions that are clearly "
                        "unsafe</li></ul><p>The strategy says these observations can be critical "
                        "for early intervention, if they are reported in the right way. It asks "
                        "companies to:</p><ul><li>have clear procedures for reporting concerns to "
                        "Children's Services or other safeguarding bodies</li><li>give "
                        "safeguarding training to staff who go into family homes, covering both "
                        "obvious and subtle signs of neglect, and how to report them</li></ul>"
                        "<p>It gives the example of a postal worker who sees signs of severe "
                        "neglect. They should report it by following safeguarding procedures. The "
                        "strategy also calls for public awareness campaigns, so that everyone in "
                        "the community knows the signs of neglect and how to report a concern.</p>"
                        "<h2>Other roles that make a difference</h2><ul><li><strong>Housing "
                        "staff</strong> may see living conditions directly. The South West London "
                        "strategy says they should report safeguarding concerns to Children's "
                        "Services in good time.</li><li><strong>Services that mainly work with "
                        "adults</strong>, such as mental health and substance misuse services, "
                        "should take a <strong>Think Family</strong> approach. This means staying "
                        "alert to how an adult's difficulties may affect any children, and sharing "
                        "concerns. Walsall has built Think Family into its adult neglect strategy, "
                        "so that children affected by an adult's self-neglect are identified.</li>"
                        "<li><strong>Community and voluntary organisations</strong> should know "
                        "their safeguarding responsibilities, and seek advice or make a referral "
                        "when they have concerns.</li><li><strong>Family, friends and "
                        "neighbours</strong> matter too. Walsall's strategy update says parents "
                        "who have support from those around them are more likely to provide safe "
                        "and healthy homes.</li></ul><p>Walsall's recent neglect training has "
                        "focused on early years providers and the voluntary and community sector. "
                        "The partnership has also used programmes such as the Holiday Activity and "
                        "Food programme as chances to identify and support families early, and has "
                        "considered how Family Hubs can help prevent neglect.</p>"
                    ),
                ),
                (
                    "case_study",
                    {
                        "title": "Case study: a meter reading visit",
                        "text": (
                            "<p><em>This is a fictional example.</em></p>"
                            "<p>Sam works for an energy company and visits a flat to read the "
                            "meter. A child of about four opens the door alone in the middle of a "
                            "weekday. There is a strong smell, with rubbish and flies in the "
                            "hallway. The child is wearing only a vest on a cold day. An adult "
                            "shouts from another room that they are busy. Sam feels uneasy, but is "
                            "not sure it is their place to say anything.</p>"
                        ),
                        "questions": (
                            "<ul><li>What did Sam notice that could be a sign of neglect?</li>"
                            "<li>What does 'safeguarding is everyone's business' mean for Sam?</li>"
                            "<li>What should Sam's employer have in place to help?</li><li>If Sam "
                            "thought the child was in immediate danger, what should they do?</li>"
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
                                    "According to the South West London strategy, which workers "
                                    "may notice warning signs of neglect when they visit family "
                                    "homes? Select all that apply."
                                ),
                                "multiple": True,
                                "explanation": (
                                    "The strategy highlights utility and postal workers, and "
                                    "housing staff who see living conditions directly."
                                ),
                                "options": [
                                    {
                                        "text": "Housing staff",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Housing staff may see living conditions "
                                            "directly."
                                        ),
                                    },
                                    {
                                        "text": "Postal workers",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. The strategy gives the example of a postal "
                                            "worker."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Utility company staff, such as gas, electricity and "
                                            "water workers"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. They may notice signs such as poor hygiene "
                                            "or unsafe living conditions."
                                        ),
                                    },
                                    {
                                        "text": "Nobody outside health and social care",
                                        "correct": False,
                                        "feedback": (
                                            "No. Safeguarding is everyone's business, and many "
                                            "people can notice neglect."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Why is it so important that adults notice neglect?",
                                "multiple": False,
                                "explanation": (
                                    "Children are the least likely to identify neglect themselves, "
                                    "and may not know their care is different."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Children rarely identify neglect themselves, and may "
                                            "not know their care is different from other children's"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. That is why adults need to notice and act."
                                        ),
                                    },
                                    {
                                        "text": "Children always report neglect straight away",
                                        "correct": False,
                                        "feedback": (
                                            "No. Neglect is the form of abuse least likely to be "
                                            "identified by children."
                                        ),
                                    },
                                    {
                                        "text": "Neglect is always obvious",
                                        "correct": False,
                                        "feedback": (
                                            "No. Neglect is often hidden and builds up over time."
                                        ),
                                    },
                                    {
                                        "text": "Only teachers can spot neglect",
                                        "correct": False,
                                        "feedback": (
                                            "No. Anyone who comes into contact with children can "
                                            "notice signs of neglect."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "What does the South West London strategy say companies whose "
                                    "staff visit family homes should have in place?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "Companies should have clear reporting procedures and give "
                                    "safeguarding training to staff who enter homes."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Nothing, because safeguarding is not their "
                                            "responsibility"
                                        ),
                                        "correct": False,
                                        "feedback": "No. Safeguarding is everyone's business.",
                                    },
                                    {
                                        "text": "A policy of confronting parents on the doorstep",
                                        "correct": False,
                                        "feedback": (
                                            "No. Staff should report concerns through proper "
                                            "procedures, not confront families."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Clear procedures for reporting concerns, and "
                                            "safeguarding training for staff"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. This helps staff recognise signs and know "
                                            "how to report them."
                                        ),
                                    },
                                    {
                                        "text": "A rule that staff never mention what they see",
                                        "correct": False,
                                        "feedback": (
                                            "No. Staff should report concerns by following "
                                            "safeguarding procedures."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "what-to-notice",
            "title": "What to notice: signs of neglect",
            "summary": (
                "What neglect is, how it can show at different ages and in the home, and why small "
                "worries matter."
            ),
            "sources": [
                {
                    "file": "birmingham-neglect-strategy-2022-26.txt",
                    "title": "Birmingham Neglect Strategy 2022-26",
                },
                {
                    "file": "south-west-london-joint-neglect-strategy.txt",
                    "title": (
                        "South West London Joint Child Neglect Strategy (Croydon, Kingston and "
                        "Richmond, Merton and Wandsworth)"
                    ),
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
                    (
                        "<h2>What neglect is</h2><p>The national guidance, Working Together to "
                        "Safeguard Children, describes neglect as the <strong>persistent</strong> "
                        "failure to meet a child's basic physical and/or psychological needs, in a "
                        "way that is likely to seriously harm the child's health or development. "
                        "Once a child is born, it can include a parent or carer failing to:</p>"
                        "<ul><li>provide enough food, clothing and shelter</li><li>protect the "
                        "child from physical and emotional harm or danger</li><li>make sure the "
                        "child is properly supervised, including leaving them with unsuitable "
                        "carers</li><li>make sure the child gets the medical care or treatment "
                        "they need</li></ul><p>The 2023 version also includes failing to provide "
                        "suitable education. Neglect can also mean ignoring, or not responding to, "
                        "a child's basic emotional needs. It can start before birth, for example "
                        "through substance misuse in pregnancy.</p><h2>Small things add up</h2>"
                        "<p>Neglect is usually <strong>cumulative</strong>. This means harm builds "
                        "up over time. Wolverhampton's strategy warns against waiting for one "
                        "serious incident. Many smaller worries, taken together, can show "
                        "significant harm over time. So every observation counts, even if it seems "
                        "minor on its own.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "items": [
                            {
                                "heading": "Before birth",
                                "text": (
                                    "<p>Birmingham's strategy lists warning signs such as poor "
                                    "engagement with antenatal care, drug or alcohol misuse in "
                                    "pregnancy, mental health difficulties, self-neglect, and a "
                                    "history of neglect with previous children or in the parent's "
                                    "own childhood.</p>"
                                ),
                            },
                            {
                                "heading": "Babies (0 to 2)",
                                "text": (
                                    "<p>Missed routine appointments, not gaining weight as "
                                    "expected, not meeting milestones, speech delay, recurring "
                                    "nappy rash, self-soothing behaviours, or a baby who is very "
                                    "clingy or withdrawn. Children of this age are the most "
                                    "vulnerable to neglect.</p>"
                                ),
                            },
                            {
                                "heading": "Pre-school children (2 to 5)",
                                "text": (
                                    "<p>Lack of routines, developmental delay, delay in toilet "
                                    "training, being under or overweight, untreated health "
                                    "problems, and being withdrawn or over-familiar with "
                                    "strangers.</p>"
                                ),
                            },
                            {
                                "heading": "School-age children (5 and over)",
                                "text": (
                                    "<p>Poor hygiene and appearance, low school attendance, "
                                    "hunger, dental decay, being under or overweight, and being "
                                    "withdrawn or very demanding of adult attention.</p>"
                                ),
                            },
                            {
                                "heading": "Teenagers",
                                "text": (
                                    "<p>Poor school attendance, difficulty concentrating, "
                                    "withdrawn or disruptive behaviour at school, self-harm, "
                                    "involvement in crime or anti-social behaviour, and drug or "
                                    "alcohol misuse. Teenagers may hide neglect, and their "
                                    "behaviour may be wrongly seen as 'typical', so stay curious. "
                                    "A lack of supervision and boundaries is the most common way "
                                    "older children's needs are neglected.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "text",
                    (
                        "<h2>Signs in the home</h2><p>The South West London strategy lists signs "
                        "that people visiting homes may see: poor hygiene, unpleasant smells, lots "
                        "of flies and visibly unsafe living conditions. A home that is unsafe or "
                        "unsanitary, or where parents or carers are absent or do not respond to "
                        "the child's needs, can be a sign of neglect.</p>"
                        "<h2>Keep an open mind</h2><ul><li><strong>Behaviour is "
                        "communication.</strong> Wolverhampton's strategy asks professionals to be "
                        "curious about what children's behaviour may be telling us.</li>"
                        "<li><strong>Disabled children</strong> and children with additional needs "
                        "can be more vulnerable to neglect, and may find it harder to tell anyone "
                        "what is happening.</li><li><strong>Neglect happens in all kinds of "
                        "families.</strong> Poverty can make it harder for parents to meet their "
                        "children's needs, but not every child living in poverty is neglected. The "
                        "South West London strategy also notes that neglect can happen in wealthy "
                        "families, where emotional needs may be missed.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "good_practice",
                        "heading": "See and hear the child",
                        "text": (
                            "<p>Walsall's children asked adults to see them, talk with them and "
                            "listen to them. Notice how a child looks, how they behave and what "
                            "they say. If a child tells you something, write down their own "
                            "words.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "Neglect is usually cumulative. What does this mean for you?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "Many small worries can add up to significant harm over time, "
                                    "so each one should be noticed and recorded."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Small worries can add up to significant harm, so each "
                                            "one should be noticed and recorded"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Every observation can help build the picture."
                                        ),
                                    },
                                    {
                                        "text": "It means neglect only affects teenagers",
                                        "correct": False,
                                        "feedback": (
                                            "No. Cumulative means building up over time. Neglect "
                                            "can affect children of any age."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "You should only act after a single serious incident"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. Wolverhampton's strategy warns against waiting "
                                            "for a one-off serious incident."
                                        ),
                                    },
                                    {
                                        "text": "Minor worries can safely be ignored",
                                        "correct": False,
                                        "feedback": (
                                            "No. Minor worries taken together can show significant "
                                            "harm."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Which of these could be signs of neglect in a school-age "
                                    "child, according to Birmingham's strategy? Select all that "
                                    "apply."
                                ),
                                "multiple": True,
                                "explanation": (
                                    "Birmingham's strategy lists poor hygiene and appearance, low "
                                    "school attendance, hunger and dental decay, among other signs."
                                ),
                                "options": [
                                    {
                                        "text": "Dental decay",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. This is listed for children aged 5 and over."
                                        ),
                                    },
                                    {
                                        "text": "Low school attendance",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. This is listed for children aged 5 and over."
                                        ),
                                    },
                                    {
                                        "text": "Hunger",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. This is listed for children aged 5 and over."
                                        ),
                                    },
                                    {
                                        "text": "Enjoying after-school clubs",
                                        "correct": False,
                                        "feedback": "No. On its own this is not a sign of neglect.",
                                    },
                                    {
                                        "text": "Poor hygiene and appearance",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. This is listed for children aged 5 and over."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Which statement about neglect and poverty is correct?",
                                "multiple": False,
                                "explanation": (
                                    "Poverty can reduce parents' capacity to meet needs, but not "
                                    "all children in poverty are neglected, and neglect can also "
                                    "happen in wealthy families."
                                ),
                                "options": [
                                    {
                                        "text": "Neglect never happens in wealthy families",
                                        "correct": False,
                                        "feedback": (
                                            "No. The South West London strategy says it can."
                                        ),
                                    },
                                    {
                                        "text": "Poverty has no link with neglect",
                                        "correct": False,
                                        "feedback": (
                                            "No. Birmingham's strategy says poverty is an "
                                            "important factor linked with neglect."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Poverty can make it harder to meet children's needs, "
                                            "but not all children in poverty are neglected"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Keep an open mind, and look at the child's "
                                            "actual experience."
                                        ),
                                    },
                                    {
                                        "text": "All children living in poverty are neglected",
                                        "correct": False,
                                        "feedback": (
                                            "No. Birmingham's strategy says this is not the case."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "how-to-act",
            "title": "How to act on a worry",
            "summary": (
                "What to do when you are worried about a child: call 999 in an emergency, talk to "
                "your safeguarding lead, record, and report."
            ),
            "sources": [
                {
                    "file": "south-west-london-joint-neglect-strategy.txt",
                    "title": (
                        "South West London Joint Child Neglect Strategy (Croydon, Kingston and "
                        "Richmond, Merton and Wandsworth)"
                    ),
                },
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
            ],
            "body": [
                (
                    "text",
                    (
                        "<h2>You do not need proof</h2><p>You do not have to be certain, and you "
                        "do not need proof, before you share a worry about a child. It is not your "
                        "job to investigate. Your job is to notice, record and pass your concern "
                        "to the right people, so they can decide what to do. Waiting for certainty "
                        "can leave a child being harmed for longer.</p>"
                        "<h2>What to do</h2><ol><li><strong>If a child is in immediate danger, "
                        "call 999.</strong> The police can take immediate action to protect "
                        "children in situations of severe neglect or immediate danger.</li>"
                        "<li><strong>Talk to your safeguarding lead.</strong> Most organisations "
                        "have a named safeguarding lead. In schools this is the designated "
                        "safeguarding lead (DSL). Do this promptly: do not sit on a worry.</li>"
                        "<li><strong>Record what you saw and heard.</strong> Write down the facts "
                        "as soon as you can: the date and time, what you saw, and anything the "
                        "child or adult said, in their own words. Keep to facts rather than "
                        "opinions. Follow your organisation's recording procedures.</li>"
                        "<li><strong>Report to Children's Services.</strong> If you are worried "
                        "about a child's safety or welfare, a referral to your local council's "
                        "Children's Services may be needed. Your safeguarding lead will often help "
                        "with this. If you do not have a safeguarding lead, for example because "
                        "you are a member of the public, you can contact your local council's "
                        "Children's Services yourself.</li></ol><p>If the worries are at a lower "
                        "level, the family may benefit from <strong>Early Help</strong>. This is "
                        "support offered early, before problems get worse. Your safeguarding lead "
                        "and your local threshold guidance can help you decide what is needed. "
                        "Walsall and Birmingham both put a strong focus on help at the earliest "
                        "possible stage.</p><h2>Sharing information</h2>"
                        "<p>Neglect is often hidden and builds up slowly, so no single agency sees "
                        "the whole picture. Share relevant concerns in a timely way, following "
                        "your organisation's procedures and information-sharing guidance. The "
                        "South West London strategy stresses clear information-sharing protocols. "
                        "Birmingham's strategy says information should be shared in line with "
                        "Working Together guidance.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "What not to do",
                        "text": (
                            "<p>Do not wait for a single serious incident. Do not assume someone "
                            "else has already reported it. Do not try to investigate yourself or "
                            "question a child in detail. Do not promise a child that you will keep "
                            "what they tell you a secret: explain that you may need to tell "
                            "someone who can help.</p>"
                        ),
                    },
                ),
                (
                    "accordion",
                    {
                        "items": [
                            {
                                "heading": "Wolverhampton",
                                "text": (
                                    "<p>If you refer to the Multi-Agency Safeguarding Hub (MASH) "
                                    "about neglect, you must start a WeCAN assessment or reference "
                                    "one in the referral. Wolverhampton's <a href=\"https://"
                                    "www.wolverhamptonsafeguarding.org.uk/"
                                    "safeguarding-children-and-young-people/"
                                    "i-work-with-children-young-people-families/"
                                    'thresholds-of-support">thresholds of support</a> guidance '
                                    "helps decide the level of need. Wolverhampton's strategy also "
                                    'points to the West Midlands regional <a href="https://'
                                    "westmidlands.procedures.org.uk/pkphl/"
                                    'regional-safeguarding-guidance/neglect">guidance on '
                                    "neglect</a>.</p>"
                                ),
                            },
                            {
                                "heading": "Birmingham",
                                "text": (
                                    "<p>Birmingham's <a href=\"https://lscpbirmingham.org.uk/"
                                    'documents/right-help-right-time-guidance-dec-2021">Right '
                                    "Help, Right Time guidance</a> sets out how agencies should "
                                    "work together, with the child and family at the centre.</p>"
                                ),
                            },
                            {
                                "heading": "Croydon, Kingston and Richmond, Merton and Wandsworth",
                                "text": (
                                    "<p>Check your local threshold documents on your Safeguarding "
                                    "Children Partnership's website. The London Safeguarding "
                                    'Children Procedures include <a href="https://'
                                    "www.londonsafeguardingchildrenprocedures.co.uk/"
                                    'neglect.html">guidance on neglect</a>.</p>'
                                ),
                            },
                        ],
                    },
                ),
                (
                    "case_study",
                    {
                        "title": "Case study: a nursery practitioner's worry",
                        "text": (
                            "<p><em>This is a fictional example.</em></p>"
                            "<p>Priya works at a nursery. Over three weeks she notices that Leo, "
                            "aged 2, often arrives hungry and in the same clothes. He has a nappy "
                            "rash that keeps coming back, and his mum mentions he missed his "
                            "health check. Each thing on its own seems small. Today Leo's mum says "
                            "she is 'not coping' and leaves quickly.</p>"
                        ),
                        "questions": (
                            "<ul><li>Which of Priya's observations could be signs of neglect?</li>"
                            "<li>What should Priya record, and how?</li><li>Who should Priya speak "
                            "to, and when?</li><li>Why does Priya not need proof before she "
                            "acts?</li></ul>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "You are worried that a child may be neglected, but you are "
                                    "not sure. What should you do?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "You do not need proof. Share your worry with your "
                                    "safeguarding lead or Children's Services, who can decide what "
                                    "to do."
                                ),
                                "options": [
                                    {
                                        "text": "Wait until I have proof",
                                        "correct": False,
                                        "feedback": (
                                            "No. Waiting for proof can leave a child being harmed "
                                            "for longer."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Share the concern with my safeguarding lead or "
                                            "Children's Services; I do not need proof"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Passing on a worry is the right thing to do, "
                                            "even if you are not sure."
                                        ),
                                    },
                                    {
                                        "text": "Investigate by questioning the child in detail",
                                        "correct": False,
                                        "feedback": (
                                            "No. It is not your job to investigate. Listen, record "
                                            "and report."
                                        ),
                                    },
                                    {
                                        "text": "Do nothing in case I am wrong",
                                        "correct": False,
                                        "feedback": "No. ACTION means don't Ignore or do Nothing.",
                                    },
                                ],
                            },
                            {
                                "text": "When should you call 999?",
                                "multiple": False,
                                "explanation": (
                                    "Call 999 when a child is in immediate danger. Police can take "
                                    "immediate action to protect children."
                                ),
                                "options": [
                                    {
                                        "text": "Whenever a child seems tired",
                                        "correct": False,
                                        "feedback": (
                                            "No. Tiredness alone is not an emergency. Record it "
                                            "and talk to your safeguarding lead if you are worried."
                                        ),
                                    },
                                    {
                                        "text": "Never, because only social workers can act",
                                        "correct": False,
                                        "feedback": (
                                            "No. Anyone can and should call 999 if a child is in "
                                            "immediate danger."
                                        ),
                                    },
                                    {
                                        "text": "Only after talking to the parents",
                                        "correct": False,
                                        "feedback": (
                                            "No. If a child is in immediate danger, call 999 "
                                            "straight away."
                                        ),
                                    },
                                    {
                                        "text": "When a child is in immediate danger",
                                        "correct": True,
                                        "feedback": "Correct. Protect the child first.",
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "What should you include when you record a concern? Select all "
                                    "that apply."
                                ),
                                "multiple": True,
                                "explanation": (
                                    "Good records are factual: the date and time, what you saw and "
                                    "heard, and people's own words."
                                ),
                                "options": [
                                    {
                                        "text": "What you saw and heard, as facts",
                                        "correct": True,
                                        "feedback": "Correct. Keep to facts rather than opinions.",
                                    },
                                    {
                                        "text": "Your guesses about what the parents are 'like'",
                                        "correct": False,
                                        "feedback": (
                                            "No. Stick to facts. Guesses and labels can be unfair "
                                            "and unhelpful."
                                        ),
                                    },
                                    {
                                        "text": "The child's own words",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Write down exactly what the child said."
                                        ),
                                    },
                                    {
                                        "text": "The date and time",
                                        "correct": True,
                                        "feedback": "Correct. This helps build a clear chronology.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "after-you-act",
            "title": "After you act: follow up and escalate",
            "summary": (
                "What may happen after you raise a concern, why your part does not end there, and "
                "how to escalate if you are still worried."
            ),
            "sources": [
                {
                    "file": "wolverhampton-neglect-strategy.txt",
                    "title": "Wolverhampton Neglect Strategy",
                },
                {
                    "file": "south-west-london-joint-neglect-strategy.txt",
                    "title": (
                        "South West London Joint Child Neglect Strategy (Croydon, Kingston and "
                        "Richmond, Merton and Wandsworth)"
                    ),
                },
                {
                    "file": "seven-minute-briefing-multi-agency-audit-neglect.txt",
                    "title": "7 Minute Briefing: Walsall Child Multi-Agency Audit - Neglect",
                },
                {
                    "file": "birmingham-neglect-strategy-2022-26.txt",
                    "title": "Birmingham Neglect Strategy 2022-26",
                },
            ],
            "body": [
                (
                    "text",
                    (
                        "<h2>What may happen next</h2><p>When Children's Services receive a "
                        "referral, they decide what response is needed. Local threshold documents "
                        "guide this. For example, Wolverhampton's strategy says its threshold "
                        "document decides the level of support and further action once a need has "
                        "been identified. Possible responses include:</p>"
                        "<ul><li>support from universal services, such as schools and health "
                        "services</li><li><strong>Early Help</strong> for the family</li><li>a "
                        "<strong>Child and Family Assessment</strong> by Children's Services, to "
                        "understand the child's needs and the help the family needs</li><li>a "
                        "<strong>Child in Need plan</strong>, where a child needs extra support "
                        "from services</li><li>a <strong>child protection conference</strong>, "
                        "where a child is at risk of significant harm, which may lead to a child "
                        "protection plan</li></ul><p>You may not always be told the outcome. But "
                        "your concern still matters, and it becomes part of the picture.</p>"
                        "<h2>Your part does not end with the referral</h2>"
                        "<ul><li><strong>Keep noticing and recording.</strong> Share any new "
                        "worries, even small ones. They may add to a picture of cumulative "
                        "harm.</li><li><strong>Take part in multi-agency work</strong> if you are "
                        "asked, for example meetings to review a child's plan.</li>"
                        "<li><strong>Help make sure plans are shared and reviewed.</strong> "
                        "Walsall's audit found that updated plans were not routinely shared with "
                        "partners, and some plans were not reviewed in good time.</li>"
                        "<li><strong>Avoid start again syndrome.</strong> This means treating each "
                        "new worry as if it were the first, and losing sight of the child's "
                        "history.</li><li><strong>Look for real change for the child.</strong> "
                        "Watch for disguised compliance, where a parent seems to co-operate but "
                        "the child's life does not improve.</li></ul><h2>If you are still worried: "
                        "escalate</h2><p>If you think a child is still not safe, or nothing seems "
                        "to be changing, say so. Safeguarding partnerships have an "
                        "<strong>escalation policy</strong> for raising concerns and professional "
                        "disagreements. Wolverhampton's strategy wants professionals to know how "
                        "to use its escalation policy, and supports professional challenge and "
                        "case discussion. The South West London strategy says practitioners should "
                        "use their local escalation policy when progress is not being made or "
                        "there are concerns about whether support is working.</p>"
                        "<p>Start by talking to your safeguarding lead or manager. Ask them about "
                        'your local escalation policy. In Wolverhampton, see the <a href="https://'
                        "www.wolverhamptonsafeguarding.org.uk/"
                        "safeguarding-children-and-young-people/"
                        'i-work-with-children-young-people-families/escalation">escalation '
                        "page</a> on the Wolverhampton Safeguarding Together website.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "good_practice",
                        "heading": "Use supervision",
                        "text": (
                            "<p>Worrying about a child can be hard. Talk things through with your "
                            "manager or safeguarding lead. Wolverhampton's strategy says "
                            "supervision and consultation are central to supporting staff who work "
                            "with neglect.</p>"
                        ),
                    },
                ),
                (
                    "case_study",
                    {
                        "title": "Case study: still worried about Leo",
                        "text": (
                            "<p><em>This is a fictional example, following on from lesson "
                            "4.</em></p><p>Priya's nursery made a referral about Leo, and the "
                            "family were offered Early Help. For a few weeks, things improved. Now "
                            "Leo is arriving hungry again and seems to have lost weight. His mum "
                            "has stopped going to Early Help meetings. Priya's manager says, 'We "
                            "already referred, so it's in hand.'</p>"
                        ),
                        "questions": (
                            "<ul><li>Why should Priya not treat this as a new, separate worry?</li>"
                            "<li>Who should she share the new information with?</li><li>What could "
                            "she do if she feels her concerns are not being acted on?</li><li>How "
                            "could the nursery help make sure Leo's plan is reviewed?</li></ul>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "You made a referral two months ago. Today you notice new, "
                                    "smaller worries about the same child. What should you do?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "New worries should be recorded and shared. They may add to a "
                                    "picture of cumulative harm."
                                ),
                                "options": [
                                    {
                                        "text": "Mention them only at the next annual review",
                                        "correct": False,
                                        "feedback": "No. Share concerns in a timely way.",
                                    },
                                    {
                                        "text": (
                                            "Record and share them, because they may add to a "
                                            "picture of cumulative harm"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Each worry helps build the full picture."
                                        ),
                                    },
                                    {
                                        "text": "Wait for something more serious to happen",
                                        "correct": False,
                                        "feedback": (
                                            "No. Waiting for a serious incident is the danger the "
                                            "sources warn about."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Ignore them, because the child is already known to "
                                            "services"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. Services need new information to make good "
                                            "decisions."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "You believe a child is still unsafe, and nothing has changed "
                                    "since you raised your concern. What should you do?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "Talk to your safeguarding lead and use your local escalation "
                                    "policy."
                                ),
                                "options": [
                                    {
                                        "text": "Post about it on social media",
                                        "correct": False,
                                        "feedback": (
                                            "No. This breaks confidentiality and could put the "
                                            "child at greater risk."
                                        ),
                                    },
                                    {
                                        "text": "Confront the family myself",
                                        "correct": False,
                                        "feedback": (
                                            "No. Raise your concern through your safeguarding lead "
                                            "and the escalation policy."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Talk to my safeguarding lead and use the local "
                                            "escalation policy"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Escalation policies exist for exactly this "
                                            "situation."
                                        ),
                                    },
                                    {
                                        "text": "Accept that I have done my bit",
                                        "correct": False,
                                        "feedback": (
                                            "No. If you are still worried, say so and escalate."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Which of these could happen after a referral to Children's "
                                    "Services? Select all that apply."
                                ),
                                "multiple": True,
                                "explanation": (
                                    "Responses depend on local thresholds and can range from Early "
                                    "Help to a child protection conference."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "The person who made the referral is told to "
                                            "investigate the family"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. It is not the referrer's job to investigate."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Children's Services complete a Child and Family "
                                            "Assessment"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. This helps them understand the child's needs."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "A child protection conference is held, if the child "
                                            "is at risk of significant harm"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Conferences bring agencies together to agree "
                                            "a plan."
                                        ),
                                    },
                                    {
                                        "text": "The family is offered Early Help",
                                        "correct": True,
                                        "feedback": "Correct. Early Help is support offered early.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
    ],
    "assessment": {
        "questions_per_attempt": 10,
        "pass_mark": 80,
        "questions": [
            {
                "topic": "what-action-is",
                "text": "In ACTION, what does the 'T' stand for?",
                "multiple": False,
                "explanation": "ACTION stands for Aware, Care, Think don't Ignore or do Nothing.",
                "options": [
                    {
                        "text": "Test",
                        "correct": False,
                        "feedback": "No. The 'T' stands for Think.",
                    },
                    {
                        "text": "Track",
                        "correct": False,
                        "feedback": "No. The 'T' stands for Think.",
                    },
                    {
                        "text": "Think",
                        "correct": True,
                        "feedback": (
                            "Correct. Think about what you have seen or heard, and what it might "
                            "mean for the child."
                        ),
                    },
                    {
                        "text": "Tell",
                        "correct": False,
                        "feedback": "No. The 'T' stands for Think.",
                    },
                ],
            },
            {
                "topic": "what-action-is",
                "text": (
                    "Walsall's strategy update describes ACTION as a campaign from which service?"
                ),
                "multiple": False,
                "explanation": "The strategy update refers to 'the Early Help ACTION campaign'.",
                "options": [
                    {
                        "text": "Early Help",
                        "correct": True,
                        "feedback": "Correct. ACTION is Walsall's Early Help campaign.",
                    },
                    {
                        "text": "Adult social care",
                        "correct": False,
                        "feedback": "No. ACTION is an Early Help campaign.",
                    },
                    {
                        "text": "The police",
                        "correct": False,
                        "feedback": (
                            "No. The police app mentioned in the update is called AWARE. ACTION is "
                            "an Early Help campaign."
                        ),
                    },
                    {
                        "text": "The courts",
                        "correct": False,
                        "feedback": "No. ACTION is an Early Help campaign.",
                    },
                ],
            },
            {
                "topic": "what-action-is",
                "text": "What did children in Walsall say is key to good help?",
                "multiple": False,
                "explanation": (
                    "Children said that having at least one adult, or a network of adults, who "
                    "listens, can be trusted and offers support is key to good help."
                ),
                "options": [
                    {
                        "text": "Adults waiting until children ask for help",
                        "correct": False,
                        "feedback": (
                            "No. Children rarely ask for help with neglect. Adults need to notice."
                        ),
                    },
                    {
                        "text": (
                            "At least one adult, or a network of adults, who listens, can be "
                            "trusted and offers support"
                        ),
                        "correct": True,
                        "feedback": "Correct. This is the 'Taking action' principle.",
                    },
                    {
                        "text": "Help only from professionals they have never met",
                        "correct": False,
                        "feedback": "No. Children stressed trust and listening.",
                    },
                    {
                        "text": "Being left to sort things out on their own",
                        "correct": False,
                        "feedback": "No. Children asked for trusted adults to help.",
                    },
                ],
            },
            {
                "topic": "what-action-is",
                "text": "Walsall's strategy update mentions AWARE. What is it?",
                "multiple": False,
                "explanation": (
                    "AWARE is a police mobile app. The partnership was looking at whether it could "
                    "help identify neglect and be used by more agencies. It is different from the "
                    "word 'Aware' in ACTION."
                ),
                "options": [
                    {
                        "text": "A national helpline number",
                        "correct": False,
                        "feedback": "No. AWARE is a mobile app used by the police.",
                    },
                    {
                        "text": "Another name for the ACTION campaign",
                        "correct": False,
                        "feedback": (
                            "No. 'Aware' is the first word of ACTION, but AWARE in the update is a "
                            "police app."
                        ),
                    },
                    {
                        "text": "A grade on the GCP2 scale",
                        "correct": False,
                        "feedback": "No. AWARE is a mobile app used by the police.",
                    },
                    {
                        "text": (
                            "A police mobile app that the partnership was exploring to help "
                            "identify neglect"
                        ),
                        "correct": True,
                        "feedback": "Correct. It is separate from the ACTION campaign.",
                    },
                ],
            },
            {
                "topic": "everyones-role",
                "text": "What does 'safeguarding is everyone's business' mean?",
                "multiple": False,
                "explanation": (
                    "Every adult has a part to play in noticing and acting on concerns about "
                    "children."
                ),
                "options": [
                    {
                        "text": "Everyone should investigate families themselves",
                        "correct": False,
                        "feedback": "No. Your role is to notice and report, not to investigate.",
                    },
                    {
                        "text": "Only safeguarding professionals need to act",
                        "correct": False,
                        "feedback": (
                            "No. The South West London strategy says safeguarding is everyone's "
                            "business."
                        ),
                    },
                    {
                        "text": "Businesses must pay for safeguarding services",
                        "correct": False,
                        "feedback": "No. It means every adult has a part to play.",
                    },
                    {
                        "text": (
                            "Every adult has a part to play in noticing and acting on concerns "
                            "about children"
                        ),
                        "correct": True,
                        "feedback": "Correct. This is why ACTION is for everyone.",
                    },
                ],
            },
            {
                "topic": "everyones-role",
                "text": (
                    "Which warning signs does the South West London strategy say utility and "
                    "postal workers might notice during visits? Select all that apply."
                ),
                "multiple": True,
                "explanation": (
                    "The strategy lists poor hygiene, unpleasant odours, an abundance of flies and "
                    "visibly unsafe living conditions."
                ),
                "options": [
                    {
                        "text": "A child playing happily in the garden",
                        "correct": False,
                        "feedback": "No. This is not a warning sign.",
                    },
                    {
                        "text": "A large number of flies",
                        "correct": True,
                        "feedback": "Correct. This is listed in the strategy.",
                    },
                    {
                        "text": "Unpleasant smells",
                        "correct": True,
                        "feedback": "Correct. This is listed in the strategy.",
                    },
                    {
                        "text": "Visibly unsafe living conditions",
                        "correct": True,
                        "feedback": "Correct. This is listed in the strategy.",
                    },
                    {
                        "text": "Poor hygiene",
                        "correct": True,
                        "feedback": "Correct. This is listed in the strategy.",
                    },
                ],
            },
            {
                "topic": "everyones-role",
                "text": (
                    "A mental health worker supports a parent with depression who has young "
                    "children. What does a Think Family approach mean here?"
                ),
                "multiple": False,
                "explanation": (
                    "Agencies working with adults should stay alert to how the adult's "
                    "difficulties may affect any children, and share concerns appropriately."
                ),
                "options": [
                    {
                        "text": "Ask the children to look after the parent",
                        "correct": False,
                        "feedback": "No. Young carers need support, not extra responsibility.",
                    },
                    {
                        "text": (
                            "Focus only on the adult, because the children are someone else's job"
                        ),
                        "correct": False,
                        "feedback": "No. Think Family means considering the whole family.",
                    },
                    {
                        "text": "Avoid mentioning the children so the parent keeps engaging",
                        "correct": False,
                        "feedback": "No. Concerns about children should be shared appropriately.",
                    },
                    {
                        "text": (
                            "Consider how the parent's difficulties may affect the children, and "
                            "share any concerns"
                        ),
                        "correct": True,
                        "feedback": (
                            "Correct. Agencies working with adults have a key safeguarding role."
                        ),
                    },
                ],
            },
            {
                "topic": "everyones-role",
                "text": (
                    "Walsall's strategy update says parents are more likely to provide safe and "
                    "healthy homes when:"
                ),
                "multiple": False,
                "explanation": (
                    "Research quoted in the update says parents with support from family, friends, "
                    "neighbours and their communities are more likely to provide safe and healthy "
                    "homes."
                ),
                "options": [
                    {
                        "text": "They have no contact with any services",
                        "correct": False,
                        "feedback": "No. Support helps parents.",
                    },
                    {
                        "text": "They are left to manage on their own",
                        "correct": False,
                        "feedback": (
                            "No. The update says isolated parents may be more likely to make poor "
                            "decisions that can lead to neglect."
                        ),
                    },
                    {
                        "text": (
                            "They have support from family, friends, neighbours and their community"
                        ),
                        "correct": True,
                        "feedback": (
                            "Correct. Isolation can make it harder for parents to meet their "
                            "children's needs."
                        ),
                    },
                    {
                        "text": "They avoid asking anyone for help",
                        "correct": False,
                        "feedback": "No. Support helps parents to meet their children's needs.",
                    },
                ],
            },
            {
                "topic": "what-to-notice",
                "text": (
                    "Which is the best description of neglect, based on Working Together to "
                    "Safeguard Children?"
                ),
                "multiple": False,
                "explanation": (
                    "Neglect is the persistent failure to meet a child's basic physical and/or "
                    "psychological needs, likely to result in serious impairment of the child's "
                    "health or development."
                ),
                "options": [
                    {
                        "text": "A single missed meal",
                        "correct": False,
                        "feedback": "No. Neglect is persistent, not a one-off.",
                    },
                    {
                        "text": (
                            "The persistent failure to meet a child's basic physical and/or "
                            "psychological needs, likely to seriously harm their health or "
                            "development"
                        ),
                        "correct": True,
                        "feedback": "Correct. Note the word 'persistent': neglect is ongoing.",
                    },
                    {
                        "text": "Any time a parent says no to a child",
                        "correct": False,
                        "feedback": (
                            "No. Boundaries are part of good care. Neglect is the failure to meet "
                            "basic needs."
                        ),
                    },
                    {
                        "text": "Only physical injuries",
                        "correct": False,
                        "feedback": (
                            "No. Neglect includes unmet physical and emotional needs, not injuries "
                            "alone."
                        ),
                    },
                ],
            },
            {
                "topic": "what-to-notice",
                "text": (
                    "Which age group does Birmingham's strategy describe as most vulnerable to "
                    "neglect?"
                ),
                "multiple": False,
                "explanation": (
                    "Birmingham's strategy says infants aged 0 to 2 are most vulnerable to neglect."
                ),
                "options": [
                    {
                        "text": "Children aged 5 to 12",
                        "correct": False,
                        "feedback": (
                            "No. Birmingham's strategy says infants aged 0 to 2 are most "
                            "vulnerable."
                        ),
                    },
                    {
                        "text": "Teenagers",
                        "correct": False,
                        "feedback": (
                            "No. Teenagers can be particularly vulnerable, but the strategy says "
                            "infants aged 0 to 2 are most vulnerable."
                        ),
                    },
                    {
                        "text": "Babies aged 0 to 2",
                        "correct": True,
                        "feedback": "Correct. They depend completely on their carers.",
                    },
                    {
                        "text": "No age group is more vulnerable than another",
                        "correct": False,
                        "feedback": (
                            "No. Birmingham's strategy says infants aged 0 to 2 are most "
                            "vulnerable."
                        ),
                    },
                ],
            },
            {
                "topic": "what-to-notice",
                "text": (
                    "Which of these may be signs of neglect in a teenager? Select all that apply."
                ),
                "multiple": True,
                "explanation": (
                    "Birmingham's strategy lists poor school attendance, self-harm, drug or "
                    "alcohol misuse and other signs for adolescents."
                ),
                "options": [
                    {
                        "text": "Wanting more privacy from parents",
                        "correct": False,
                        "feedback": "No. On its own this is a normal part of growing up.",
                    },
                    {
                        "text": "Self-harm",
                        "correct": True,
                        "feedback": "Correct. This is listed in Birmingham's strategy.",
                    },
                    {
                        "text": "Poor school attendance",
                        "correct": True,
                        "feedback": "Correct. This is listed in Birmingham's strategy.",
                    },
                    {
                        "text": "Drug or alcohol misuse",
                        "correct": True,
                        "feedback": "Correct. This is listed in Birmingham's strategy.",
                    },
                ],
            },
            {
                "topic": "what-to-notice",
                "text": "Why can neglect of teenagers go unseen?",
                "multiple": False,
                "explanation": (
                    "Teenagers may hide the impact of neglect and meet many of their own needs. "
                    "Their behaviour may be seen as 'typical' and not explored."
                ),
                "options": [
                    {
                        "text": "Only their school can see neglect",
                        "correct": False,
                        "feedback": "No. Anyone can notice signs of neglect.",
                    },
                    {
                        "text": "Teenagers always tell an adult",
                        "correct": False,
                        "feedback": (
                            "No. Neglect is the form of abuse least likely to be identified by "
                            "children."
                        ),
                    },
                    {
                        "text": "Teenagers cannot be neglected",
                        "correct": False,
                        "feedback": "No. Older children need different care, not less care.",
                    },
                    {
                        "text": (
                            "They may hide its impact and meet many of their own needs, and their "
                            "behaviour may be seen as 'typical'"
                        ),
                        "correct": True,
                        "feedback": (
                            "Correct. Stay curious about what a young person's behaviour may be "
                            "telling you."
                        ),
                    },
                ],
            },
            {
                "topic": "how-to-act",
                "text": (
                    "You see a toddler alone on a high balcony, climbing the railing. No adult "
                    "responds when you shout. What should you do first?"
                ),
                "multiple": False,
                "explanation": "If a child is in immediate danger, call 999.",
                "options": [
                    {
                        "text": "Email your safeguarding lead tomorrow",
                        "correct": False,
                        "feedback": (
                            "No. Call 999 first. You can tell your safeguarding lead afterwards."
                        ),
                    },
                    {
                        "text": "Call 999",
                        "correct": True,
                        "feedback": "Correct. The child is in immediate danger.",
                    },
                    {
                        "text": "Do nothing, because it is not your business",
                        "correct": False,
                        "feedback": "No. Safeguarding is everyone's business.",
                    },
                    {
                        "text": "Write it down and report it next week",
                        "correct": False,
                        "feedback": "No. Immediate danger needs an immediate response.",
                    },
                ],
            },
            {
                "topic": "how-to-act",
                "text": "Do you need proof before sharing a concern about neglect?",
                "multiple": False,
                "explanation": (
                    "You do not need proof. Share your concern so that the right people can decide "
                    "what to do."
                ),
                "options": [
                    {
                        "text": "Yes, I need clear evidence first",
                        "correct": False,
                        "feedback": "No. You do not need proof to share a worry.",
                    },
                    {
                        "text": "Only if the child tells me directly",
                        "correct": False,
                        "feedback": (
                            "No. Children rarely tell adults they are neglected. Share what you "
                            "notice."
                        ),
                    },
                    {
                        "text": "Only if the parents agree",
                        "correct": False,
                        "feedback": "No. Your concern is about the child's safety and welfare.",
                    },
                    {
                        "text": (
                            "No. I should share my concern, and the right agencies will look into "
                            "it"
                        ),
                        "correct": True,
                        "feedback": "Correct. Waiting for proof can leave a child at risk.",
                    },
                ],
            },
            {
                "topic": "how-to-act",
                "text": (
                    "A child tells you something worrying and asks you to keep it a secret. What "
                    "should you do?"
                ),
                "multiple": False,
                "explanation": (
                    "Listen, do not promise secrecy, and explain that you may need to tell someone "
                    "who can help."
                ),
                "options": [
                    {
                        "text": (
                            "Listen, do not promise to keep it secret, and explain I may need to "
                            "tell someone who can help"
                        ),
                        "correct": True,
                        "feedback": "Correct. Be honest with the child, then record and report.",
                    },
                    {
                        "text": "Promise to keep it secret so they trust me",
                        "correct": False,
                        "feedback": (
                            "No. You may need to share what they tell you to keep them safe."
                        ),
                    },
                    {
                        "text": "Tell the child they must be mistaken",
                        "correct": False,
                        "feedback": "No. Take what the child says seriously.",
                    },
                    {
                        "text": "Ask lots of detailed questions to find out exactly what happened",
                        "correct": False,
                        "feedback": (
                            "No. Do not investigate. Listen, record their words and report."
                        ),
                    },
                ],
            },
            {
                "topic": "how-to-act",
                "text": (
                    "A teacher is worried about a pupil's neglect. Who should they usually talk to "
                    "first?"
                ),
                "multiple": False,
                "explanation": (
                    "Teachers work with the school's designated safeguarding lead (DSL)."
                ),
                "options": [
                    {
                        "text": "The child's friends",
                        "correct": False,
                        "feedback": "No. Talk to your safeguarding lead.",
                    },
                    {
                        "text": "No one, unless the child asks for help",
                        "correct": False,
                        "feedback": (
                            "No. Children rarely ask for help with neglect. Share your concern."
                        ),
                    },
                    {
                        "text": "The parents' employer",
                        "correct": False,
                        "feedback": "No. Talk to your safeguarding lead.",
                    },
                    {
                        "text": "The school's designated safeguarding lead (DSL)",
                        "correct": True,
                        "feedback": "Correct. The DSL will help decide the next steps.",
                    },
                ],
            },
            {
                "topic": "after-you-act",
                "text": "What is 'start again syndrome'?",
                "multiple": False,
                "explanation": (
                    "Start again syndrome is failing to review a child's history systematically, "
                    "so the cumulative harm of ongoing neglect is missed."
                ),
                "options": [
                    {
                        "text": "Restarting a training course",
                        "correct": False,
                        "feedback": "No. It describes missing the history and cumulative harm.",
                    },
                    {
                        "text": "A family moving house often",
                        "correct": False,
                        "feedback": "No. It describes a professional practice problem.",
                    },
                    {
                        "text": (
                            "Treating each worry as if it were the first, so the build-up of harm "
                            "over time is missed"
                        ),
                        "correct": True,
                        "feedback": "Correct. Keep the child's history in mind.",
                    },
                    {
                        "text": "Starting a new job",
                        "correct": False,
                        "feedback": "No. It is about how information about a child is reviewed.",
                    },
                ],
            },
            {
                "topic": "after-you-act",
                "text": (
                    "In Wolverhampton, once a need has been identified, what decides the level of "
                    "support and further action?"
                ),
                "multiple": False,
                "explanation": (
                    "Wolverhampton's strategy says the Threshold Document decides the level of "
                    "support and further action required."
                ),
                "options": [
                    {
                        "text": "Which agency happens to be free",
                        "correct": False,
                        "feedback": "No. The threshold document guides the decision.",
                    },
                    {
                        "text": "The local threshold document",
                        "correct": True,
                        "feedback": "Correct. Thresholds help agencies respond consistently.",
                    },
                    {
                        "text": "The person who made the referral",
                        "correct": False,
                        "feedback": "No. The threshold document guides the decision.",
                    },
                    {
                        "text": "The parent's preference",
                        "correct": False,
                        "feedback": (
                            "No. The family's views matter, but the threshold document guides the "
                            "level of support."
                        ),
                    },
                ],
            },
            {
                "topic": "after-you-act",
                "text": "What is an escalation policy for?",
                "multiple": False,
                "explanation": (
                    "Escalation policies let practitioners raise concerns and professional "
                    "disagreements when they believe a child's needs are not being met or progress "
                    "is not being made."
                ),
                "options": [
                    {
                        "text": "Making a complaint against the family",
                        "correct": False,
                        "feedback": "No. It is about making sure children get the right response.",
                    },
                    {
                        "text": (
                            "Raising concerns, including professional disagreements, when progress "
                            "is not being made for a child"
                        ),
                        "correct": True,
                        "feedback": "Correct. Use it if you are still worried.",
                    },
                    {
                        "text": "Reporting a colleague's holiday requests",
                        "correct": False,
                        "feedback": "No. It is about concerns for children.",
                    },
                    {
                        "text": "Closing cases faster",
                        "correct": False,
                        "feedback": "No. It helps make sure concerns are acted on.",
                    },
                ],
            },
            {
                "topic": "after-you-act",
                "text": (
                    "Walsall's multi-agency audit found problems with children's plans. Which of "
                    "these did it find?"
                ),
                "multiple": False,
                "explanation": (
                    "The audit found updated plans were not routinely shared with partners, and "
                    "some plans were not reviewed in good time."
                ),
                "options": [
                    {
                        "text": "Plans were shared too widely",
                        "correct": False,
                        "feedback": "No. The audit found the opposite.",
                    },
                    {
                        "text": "Families were given too many interpreters",
                        "correct": False,
                        "feedback": "No. The audit found interpreters were not used consistently.",
                    },
                    {
                        "text": "Every plan was reviewed on time",
                        "correct": False,
                        "feedback": "No. Some plans were not reviewed in good time.",
                    },
                    {
                        "text": "Updated plans were not routinely shared with relevant partners",
                        "correct": True,
                        "feedback": (
                            "Correct. Sharing plans helps everyone work towards the same goals."
                        ),
                    },
                ],
            },
        ],
    },
}
