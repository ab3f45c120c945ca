"""Seed content for the course "Graded Care Profile 2 (GCP2): an introduction".

Pure data. Facts come from the source documents in shared/seeds/, and each lesson names the
documents it draws on. Case studies are fictional and illustrative only.
"""

COURSE = {
    "slug": "graded-care-profile-2",
    "title": "Graded Care Profile 2 (GCP2): an introduction",
    "summary": (
        "An introduction to Graded Care Profile 2 (GCP2), the NSPCC tool that measures the quality "
        "of care a parent or carer gives to a child. Learn what it looks at, how it supports "
        "strengths-based work and family plans, when to use it, and how to get trained."
    ),
    "audience_description": (
        "Practitioners in any agency who work with children and families where neglect may be a "
        "concern, such as early help, social care, health, education, early years, housing, police "
        "and voluntary sector staff. It is also useful for managers and safeguarding leads who "
        "support staff to use GCP2. This course is an introduction only: it does not license you "
        "to use the tool."
    ),
    "learning_outcomes": [
        "Explain what GCP2 is, where it comes from and why safeguarding partnerships use it.",
        (
            "Describe how GCP2 grades the care a child receives across areas of need, from the "
            "child's point of view."
        ),
        "Explain how GCP2 supports strengths-based, honest work with parents and carers.",
        "Describe how GCP2 informs a shared family plan and helps to measure progress over time.",
        "Decide when GCP2 may help, and how it fits with other local tools such as WeCAN.",
        "Know that you must complete licensed training before using GCP2, and how to book it.",
    ],
    "estimated_minutes": 45,
    "cpd_minutes": 45,
    "pass_mark": 80,
    "validity_months": 36,
    "audience": "practitioners",
    "prerequisites": [],
    "lessons": [
        {
            "slug": "what-gcp2-is",
            "title": "What GCP2 is and why it matters",
            "summary": (
                "What the Graded Care Profile 2 is, why neglect needs a measuring tool, and how "
                "the partnerships in our source documents use it."
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
                    "file": "seven-minute-briefing-multi-agency-audit-neglect.txt",
                    "title": "7 Minute Briefing: Walsall Child Multi-Agency Audit - Neglect",
                },
                {
                    "file": "walsall-neglect-strategy-update.txt",
                    "title": "Walsall Child Neglect Strategy Update",
                },
                {
                    "file": "wolverhampton-neglect-strategy.txt",
                    "title": "Wolverhampton Neglect Strategy",
                },
            ],
            "body": [
                (
                    "text",
                    (
                        "<h2>What is GCP2?</h2><p>GCP2 stands for <strong>Graded Care Profile "
                        "version 2</strong>. It is an assessment tool from the NSPCC. It helps "
                        "practitioners measure the <strong>quality of care</strong> that a parent "
                        "or carer gives to a child.</p><p>NSPCC Learning describes GCP2 as a "
                        "strengths-based and evidence-based tool. 'Evidence-based' means it has "
                        "been tested through research. 'Strengths-based' means it looks for what "
                        "is going well in a family, not only for what is going wrong.</p>"
                        "<p>GCP2 is meant to be used <em>with</em> a family, not done <em>to</em> "
                        "them. Parents and carers can see their strengths as well as the areas "
                        "where their child's needs are not being met.</p>"
                        "<h2>Why neglect needs a tool</h2><p>Neglect is the most common form of "
                        "child abuse in the UK. But it can be hard to spot and hard to measure. "
                        "The Birmingham strategy explains some of the reasons:</p>"
                        "<ul><li>Neglect is an <strong>absence</strong> of care. You have to "
                        "measure what is not there.</li><li>Neglect is usually "
                        "<strong>cumulative</strong>. Harm builds up from many smaller things over "
                        "time, rather than from one incident.</li><li>Professionals can disagree "
                        "about what 'good enough' care looks like.</li><li>Neglect can be "
                        "uncomfortable to talk about, and professionals have worried about "
                        "offending parents.</li></ul><p>A shared, tested tool helps with all of "
                        "these. It gives practitioners and families a common language. It makes "
                        "judgements about care clearer and fairer. And because it grades care in "
                        "the same way each time, it lets you compare care over time.</p>"
                        '<p>You can find out more on the <a href="https://learning.nspcc.org.uk/'
                        "services-children-families/implementation-support-for-nspcc-services/"
                        'graded-care-profile-2-gcp2">NSPCC Learning GCP2 page</a>.</p>'
                    ),
                ),
                (
                    "accordion",
                    {
                        "items": [
                            {
                                "heading": "Walsall",
                                "text": (
                                    "<p>Walsall's 7-minute briefing on its multi-agency audit of "
                                    "neglect calls GCP2 the evidence-based tool to support work "
                                    "with children and families, and asks practitioners to make "
                                    "sure they use it. The audit, carried out in 2021, found only "
                                    "limited use of GCP2 for assessing and working towards change "
                                    "where neglect was the key concern.</p>"
                                    "<p>Walsall's neglect strategy update says the partnership has "
                                    "secured resources to recruit a Neglect Practice Improvement "
                                    "Coordinator. Part of this role is to support consistent use "
                                    "of the Graded Care Profile across the partnership.</p>"
                                ),
                            },
                            {
                                "heading": "Birmingham",
                                "text": (
                                    "<p>Birmingham Safeguarding Children Partnership introduced "
                                    "GCP2 in 2021 to help identify neglect at an earlier stage. "
                                    "Training began with the Early Help workforce. A project "
                                    "called Family Foundations trialled GCP2 at Early Help level "
                                    "in the Northfield and Hodge Hill areas of the city, and the "
                                    "strategy planned to roll it out to other areas.</p>"
                                    "<p>The partnership tracks how many practitioners are trained "
                                    "to use GCP2 and how many GCP2 assessments are completed. It "
                                    "also commissioned an evaluation of how GCP2 was "
                                    "introduced.</p>"
                                ),
                            },
                            {
                                "heading": "Croydon, Kingston and Richmond, Merton and Wandsworth",
                                "text": (
                                    "<p>The South West London joint strategy names two tools that "
                                    "these partnerships may use where neglect is the main concern: "
                                    "GCP2 and a Neglect Toolkit. It asks practitioners to check "
                                    "their own partnership's website to see which one applies to "
                                    "them. It also sees standardised tools such as GCP2 as a way "
                                    "to collect consistent information across the four "
                                    "partnerships.</p>"
                                ),
                            },
                            {
                                "heading": "Wolverhampton",
                                "text": (
                                    "<p>The Wolverhampton neglect strategy does not mention GCP2. "
                                    "Instead, it asks all agencies to use the Wolverhampton "
                                    "Children's Assessment of Neglect (WeCAN) tool where neglect "
                                    "may be a concern. This is a reminder that the tool you use "
                                    "depends on where you work. Lesson 5 looks at this in more "
                                    "detail.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "Training comes first",
                        "text": (
                            "<p>You must complete licensed GCP2 training before you use the tool "
                            "with a family. This course is an introduction only. It does not "
                            "license you to use GCP2. Lesson 6 explains how to book training.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": "What does GCP2 measure?",
                                "multiple": False,
                                "explanation": (
                                    "GCP2 is an NSPCC tool for measuring the quality of care a "
                                    "parent or carer gives to a child."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "The quality of care a parent or carer gives to a child"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. GCP2 measures the quality of care a child "
                                            "receives from their parent or carer."
                                        ),
                                    },
                                    {
                                        "text": "Whether a parent has committed a crime",
                                        "correct": False,
                                        "feedback": (
                                            "No. GCP2 is not a criminal investigation tool. It "
                                            "looks at the quality of care a child receives."
                                        ),
                                    },
                                    {
                                        "text": "A child's ability and school results",
                                        "correct": False,
                                        "feedback": (
                                            "No. GCP2 is about the care a child receives, not "
                                            "about the child's ability or exam results."
                                        ),
                                    },
                                    {
                                        "text": "A family's income and debts",
                                        "correct": False,
                                        "feedback": (
                                            "No. Money worries can affect care, but GCP2 measures "
                                            "the care itself, not the household's finances."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Why can neglect be hard to measure? Select all that apply."
                                ),
                                "multiple": True,
                                "explanation": (
                                    "Neglect is often an absence of care, it builds up over time, "
                                    "and professionals can disagree about what 'good enough' care "
                                    "is. A shared tool such as GCP2 helps with all three."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "It is often an absence of care, so you are measuring "
                                            "what is not there"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. The Birmingham strategy says practitioners "
                                            "need to measure what isn't there."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Professionals can disagree about what 'good enough' "
                                            "care looks like"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Different perspectives are one reason a "
                                            "shared tool helps."
                                        ),
                                    },
                                    {
                                        "text": "Neglect only happens in very poor families",
                                        "correct": False,
                                        "feedback": (
                                            "No. Poverty is linked to neglect, but not all "
                                            "children living in poverty are neglected. The South "
                                            "West London strategy notes that neglect can also "
                                            "happen in wealthy families."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Harm usually builds up over time from many smaller "
                                            "issues"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Neglect is usually cumulative, rather than "
                                            "one single incident."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Which tool does the Wolverhampton neglect strategy ask all "
                                    "agencies to use where neglect may be a concern?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "Wolverhampton uses its own tool, WeCAN (Wolverhampton "
                                    "Children's Assessment of Neglect). Always use the tool your "
                                    "local partnership expects."
                                ),
                                "options": [
                                    {
                                        "text": "GCP2",
                                        "correct": False,
                                        "feedback": (
                                            "No. The Wolverhampton strategy does not mention GCP2. "
                                            "It names WeCAN."
                                        ),
                                    },
                                    {
                                        "text": "The AWARE app",
                                        "correct": False,
                                        "feedback": (
                                            "No. AWARE is a police mobile app mentioned in "
                                            "Walsall's strategy update. It is not Wolverhampton's "
                                            "neglect assessment tool."
                                        ),
                                    },
                                    {
                                        "text": "WeCAN",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Wolverhampton's strategy asks all agencies "
                                            "to use the WeCAN tool."
                                        ),
                                    },
                                    {
                                        "text": "The Neglect Toolkit",
                                        "correct": False,
                                        "feedback": (
                                            "No. The South West London strategy mentions a Neglect "
                                            "Toolkit, but Wolverhampton's strategy names WeCAN."
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
            "slug": "areas-of-need",
            "title": "What GCP2 looks at: a child's needs",
            "summary": (
                "How GCP2 grades care across different areas of a child's needs on a five-point "
                "scale, always from the child's point of view."
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
            ],
            "body": [
                (
                    "text",
                    (
                        "<h2>Grading care, not judging people</h2><p>GCP2 looks at the care a "
                        "child receives across several <strong>areas of need</strong>. For each "
                        "area, you think about how well the child's needs are being met. The care "
                        "is then given a grade on a <strong>five-point scale</strong>. One end of "
                        "the scale describes care that fully meets the child's needs. The other "
                        "end describes care that seriously fails to meet them.</p>"
                        "<p>The grade is about the <strong>care the child receives</strong>. It is "
                        "not a score of how much a parent loves their child, or how hard they are "
                        "trying. Many parents love their children deeply but still struggle to "
                        "meet their needs.</p><h2>Seeing it from the child's point of view</h2>"
                        "<p>GCP2 asks what daily life is actually like for the child. A parent's "
                        "good intentions matter, but what counts is what the child experiences. "
                        "This fits the strong focus in all the source documents on the child's "
                        "<strong>lived experience</strong>: what it is really like to be this "
                        "child, in this family, day to day.</p><p>Birmingham's strategy reminds us "
                        "that neglect is the form of abuse least likely to be identified by "
                        "children. Children may not know that their care is different from other "
                        "children's. So as well as talking with the child, you need to observe how "
                        "they look and behave, how they interact with the adults around them, and "
                        "what their home is like. Information from other agencies helps to check "
                        "and add to the picture.</p><h2>What children need</h2>"
                        "<p>The source documents describe the needs that good care meets. "
                        "Birmingham's strategy says all children, including unborn babies, "
                        "need:</p><ul><li>enough food and water, shelter and warmth</li>"
                        "<li>protection and health care</li><li>carers who are warm and "
                        "consistently emotionally available</li><li>stimulation, guidance and "
                        "boundaries</li></ul><p>The national definition of neglect, in Working "
                        "Together to Safeguard Children, also covers proper supervision and access "
                        "to medical care. The 2023 version adds suitable education. It includes a "
                        "child's emotional needs too.</p><p>Your licensed GCP2 training will take "
                        "you through each area the tool covers, and what each grade looks like in "
                        "practice.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "items": [
                            {
                                "heading": "Babies and young children",
                                "text": (
                                    "<p>Birmingham's strategy says children aged 0 to 2 are the "
                                    "most vulnerable to neglect. The South West London strategy "
                                    "notes that babies under one are at particular risk of severe "
                                    "harm. This is partly because they are physically fragile, "
                                    "cannot say what they need, and are seen by few people outside "
                                    "the home.</p>"
                                ),
                            },
                            {
                                "heading": "Teenagers",
                                "text": (
                                    "<p>Older children need different care, not less care, and "
                                    "some parents struggle with this. Birmingham's strategy says "
                                    "the most common way older children's needs are neglected is a "
                                    "lack of supervision and boundaries. Teenagers may hide the "
                                    "impact of neglect or meet many of their own needs, so it can "
                                    "go unseen.</p>"
                                ),
                            },
                            {
                                "heading": "Disabled children and children with additional needs",
                                "text": (
                                    "<p>These children can be more vulnerable to neglect. Their "
                                    "needs may be harder to meet, and they may find it harder to "
                                    "communicate what is happening. Birmingham's strategy says "
                                    "neglect can include not meeting a child's communication "
                                    "needs, not using equipment provided for them, not giving "
                                    "medication or a special diet, or denying them play and "
                                    "stimulation.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "reflection",
                        "heading": "Think about a child you know through work",
                        "text": (
                            "<p>Without naming anyone, think about a child you work with. What is "
                            "a normal day like for them? Which of their needs are met well? Which "
                            "are met only some of the time? How do you know: from what you have "
                            "seen, what you have heard, or what you have been told?</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "GCP2 looks at care 'from the child's point of view'. What "
                                    "does this mean?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "GCP2 focuses on the child's lived experience: what their care "
                                    "is actually like day to day."
                                ),
                                "options": [
                                    {
                                        "text": "It only records what the child says",
                                        "correct": False,
                                        "feedback": (
                                            "No. Listening to the child matters, but you also use "
                                            "observation and information from others. Children "
                                            "often do not know their care is neglectful."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "It focuses on what the child actually experiences day "
                                            "to day, whatever the parent intends"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Good intentions matter, but GCP2 grades the "
                                            "care the child actually receives."
                                        ),
                                    },
                                    {
                                        "text": "It grades how much the parent loves the child",
                                        "correct": False,
                                        "feedback": (
                                            "No. The grade is about the care the child receives, "
                                            "not about love or effort."
                                        ),
                                    },
                                    {
                                        "text": "The child fills in the profile on their own",
                                        "correct": False,
                                        "feedback": (
                                            "No. Trained practitioners complete GCP2, working with "
                                            "the family. The child's experience is at the centre, "
                                            "but the child does not complete it alone."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "What kind of scale does GCP2 use to grade care?",
                                "multiple": False,
                                "explanation": (
                                    "GCP2 grades care on a five-point scale, from care that fully "
                                    "meets the child's needs to care that seriously fails to meet "
                                    "them."
                                ),
                                "options": [
                                    {
                                        "text": "A ten-point scale",
                                        "correct": False,
                                        "feedback": "No. GCP2 uses a five-point scale.",
                                    },
                                    {
                                        "text": "A five-point scale",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Each area of care is graded on a five-point "
                                            "scale."
                                        ),
                                    },
                                    {
                                        "text": "A simple pass or fail",
                                        "correct": False,
                                        "feedback": (
                                            "No. A pass or fail would not show the degree of need. "
                                            "GCP2 uses a five-point scale."
                                        ),
                                    },
                                    {
                                        "text": "A percentage score",
                                        "correct": False,
                                        "feedback": (
                                            "No. GCP2 does not give a percentage. It uses a "
                                            "five-point scale."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "According to Birmingham's strategy, which of these do all "
                                    "children need? Select all that apply."
                                ),
                                "multiple": True,
                                "explanation": (
                                    "Birmingham's strategy lists physical needs (food, water, "
                                    "shelter, warmth, protection, health care) and emotional and "
                                    "developmental needs (warm, available carers; stimulation, "
                                    "guidance and boundaries)."
                                ),
                                "options": [
                                    {
                                        "text": "Stimulation, guidance and boundaries",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Children need these to learn and develop."
                                        ),
                                    },
                                    {
                                        "text": "Enough food and water, shelter and warmth",
                                        "correct": True,
                                        "feedback": "Correct. These are basic physical needs.",
                                    },
                                    {
                                        "text": "Expensive toys and branded clothes",
                                        "correct": False,
                                        "feedback": (
                                            "No. Good care is about meeting needs, not about what "
                                            "a family can afford to buy."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Carers who are warm and consistently emotionally "
                                            "available"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Emotional needs matter as much as physical "
                                            "ones."
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
            "slug": "strengths-based-working",
            "title": "Working with families: strengths and honesty",
            "summary": (
                "How to use GCP2 in a strengths-based way that supports parents while keeping the "
                "child's needs at the centre."
            ),
            "sources": [
                {
                    "file": "walsall-neglect-strategy-update.txt",
                    "title": "Walsall Child Neglect Strategy Update",
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
            ],
            "body": [
                (
                    "text",
                    (
                        "<h2>Most parents want to get it right</h2><p>Walsall's strategy update "
                        "points out that most parents want to meet their children's needs, but at "
                        "times need help to do so. Parents who have support from family, friends, "
                        "neighbours and their community are more likely to provide safe and "
                        "healthy homes. Parents who are isolated may find it harder.</p>"
                        "<h2>What strengths-based working means</h2><p>Birmingham's strategy says "
                        "GCP2 helps practitioners to support families using a "
                        "<strong>strengths-based approach</strong>. In practice, this means "
                        "you:</p><ul><li>notice and name what the family already does well</li>"
                        "<li>build on those strengths to make changes</li><li>work <em>with</em> "
                        "the family, rather than doing things <em>to</em> them</li><li>are open, "
                        "honest and clear about your worries</li><li>help the family build "
                        "resilience to cope with future difficulties</li></ul>"
                        "<p>These points match Birmingham's Right Help, Right Time principles. "
                        "Because GCP2 shows strengths as well as gaps, it can help parents see "
                        "that change is possible, and where to start.</p>"
                        "<h2>Understanding the parent's story</h2><p>Neglect is very often linked "
                        "to the parents' own difficulties. Birmingham's strategy mentions drug or "
                        "alcohol misuse, mental health difficulties, domestic abuse, poor physical "
                        "health, poverty, learning disability, and parents coping with their own "
                        "childhood trauma. Some parents grew up in a neglectful home and never "
                        "learned basic parenting skills.</p><p>Wolverhampton's strategy asks "
                        "professionals to be curious about parents' own childhood experiences and "
                        "how these affect their ability to care. Getting the right help for the "
                        "adults is often key to improving the child's care.</p>"
                        "<p>Make sure families can take part fully. Walsall's audit found that "
                        "interpreters were not always used when English was not the family's first "
                        "language. Use interpreters consistently.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "Strengths-based does not mean over-optimistic",
                        "text": (
                            "<p>Being kind and hopeful must never hide the child's reality. "
                            "Birmingham's strategy warns that practitioners who work mostly with "
                            "adults can become over-optimistic about a parent's ability to change, "
                            "or focus on the adult's needs rather than the child's. Watch for "
                            "<strong>disguised compliance</strong>: when a parent seems to "
                            "co-operate to ease professionals' worries, but nothing really changes "
                            "for the child. Respect different ways of raising children, but do not "
                            "let cultural sensitivity stop a child's needs being met.</p>"
                        ),
                    },
                ),
                (
                    "case_study",
                    {
                        "title": "Case study: Jade and her children",
                        "text": (
                            "<p><em>This is a fictional example.</em></p>"
                            "<p>Jade is a single parent of two children, aged 3 and 7. She moved "
                            "to a new area last year, knows few people, and has been feeling low. "
                            "A family support worker who is trained in GCP2 completes the profile "
                            "with her over several visits.</p><p>Together they find real "
                            "strengths. Jade is warm and affectionate with the children. They are "
                            "dressed for the weather and get to nursery and school on time. They "
                            "also agree some gaps. The children often go without breakfast. The "
                            "3-year-old has missed two health appointments. There is little play "
                            "or routine at home in the evenings.</p><p>At first Jade says she "
                            "feels judged. The worker explains that the profile is about what the "
                            "children experience, and points to the things Jade is already doing "
                            "well.</p>"
                        ),
                        "questions": (
                            "<ul><li>What strengths could the worker build on?</li><li>How could "
                            "the worker explain the gaps honestly, without Jade feeling "
                            "blamed?</li><li>Which of Jade's own needs might need support so that "
                            "the children's care can improve?</li><li>What would tell you that any "
                            "change is real, and not disguised compliance?</li></ul>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "Which of these best describes a strengths-based approach when "
                                    "using GCP2?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "Strengths-based working builds on what the family does well, "
                                    "while staying honest about what the child needs."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Recognising what the family does well and building on "
                                            "it, while being honest about the child's unmet needs"
                                        ),
                                        "correct": True,
                                        "feedback": "Correct. Strengths and honesty go together.",
                                    },
                                    {
                                        "text": (
                                            "Focusing on the parent's needs instead of the child's"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. Supporting parents matters, but the child's needs "
                                            "stay at the centre."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Only talking about positives so the parent stays "
                                            "engaged"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. Avoiding the gaps would leave the child's needs "
                                            "unmet. Be open and honest about your worries."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Avoiding difficult conversations to protect your "
                                            "relationship with the family"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. Neglect can be uncomfortable to talk about, but "
                                            "honesty is part of respectful, strengths-based work."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "What is 'disguised compliance'?",
                                "multiple": False,
                                "explanation": (
                                    "Disguised compliance is when a parent or carer appears to "
                                    "co-operate with professionals to ease their concerns, without "
                                    "real change for the child."
                                ),
                                "options": [
                                    {
                                        "text": "A child hiding signs of neglect from adults",
                                        "correct": False,
                                        "feedback": (
                                            "No. Children may hide neglect, but disguised "
                                            "compliance is about a parent or carer's behaviour."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "A professional agreeing to a plan they do not believe "
                                            "in"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. Disguised compliance describes a parent or carer, "
                                            "not a professional."
                                        ),
                                    },
                                    {
                                        "text": "A parent openly refusing to work with services",
                                        "correct": False,
                                        "feedback": (
                                            "No. That is open non-engagement. Disguised compliance "
                                            "looks like co-operation."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "A parent appearing to co-operate to ease "
                                            "professionals' concerns, without real change for the "
                                            "child"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. This is the definition in Wolverhampton's "
                                            "glossary, which credits the NSPCC."
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
            "slug": "family-plan-and-progress",
            "title": "From GCP2 to a family plan, and measuring progress",
            "summary": (
                "How GCP2 findings shape a shared, targeted family plan and help everyone see "
                "whether care is improving over time."
            ),
            "sources": [
                {
                    "file": "birmingham-neglect-strategy-2022-26.txt",
                    "title": "Birmingham Neglect Strategy 2022-26",
                },
                {
                    "file": "seven-minute-briefing-multi-agency-audit-neglect.txt",
                    "title": "7 Minute Briefing: Walsall Child Multi-Agency Audit - Neglect",
                },
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
                    "file": "walsall-neglect-strategy-update.txt",
                    "title": "Walsall Child Neglect Strategy Update",
                },
            ],
            "body": [
                (
                    "text",
                    (
                        "<h2>Turning the assessment into a plan</h2><p>Birmingham's strategy says "
                        "GCP2 will inform a <strong>targeted family plan</strong>. The plan "
                        "supports families to make achievable changes, with help from "
                        "professionals. Because GCP2 shows which areas of care are strong and "
                        "which need work, the plan can focus on what matters most for the "
                        "child.</p><p>A good family plan:</p><ul><li>is built with the family, and "
                        "includes the child's views and lived experience</li><li>sets clear, "
                        "achievable goals linked to what the GCP2 showed</li><li>says who will do "
                        "what, including the family and each agency</li><li>is shared with "
                        "everyone who needs it, and updated when things change</li><li>has a date "
                        "to review progress</li></ul><h2>Lessons from Walsall's audit</h2>"
                        "<p>Walsall's 2021 multi-agency audit on neglect found that:</p>"
                        "<ul><li>assessments were mostly done by single agencies, with little "
                        "input from the wider professional network</li><li>plans tended to give "
                        "separate actions to separate agencies, rather than shared goals that "
                        "agencies and the family worked on together</li><li>updated plans were not "
                        "routinely shared with partners</li><li>some plans were not reviewed and "
                        "changed in good time; the same plan simply carried on</li><li>GCP2 was "
                        "used only to a limited extent to assess and work towards change</li></ul>"
                        "<p>Using GCP2 as part of a shared, multi-agency plan helps to avoid these "
                        "problems.</p><h2>Measuring progress over time</h2>"
                        "<p>Because GCP2 grades care in a consistent way, it can be repeated after "
                        "a period of support. Comparing the results shows whether the child's care "
                        "has improved, stayed the same or got worse. This gives the family clear "
                        "feedback on their progress. It also gives professionals evidence for "
                        "deciding the next step.</p><p>This matters because neglect is cumulative. "
                        "Wolverhampton's strategy warns about <strong>start again "
                        "syndrome</strong>: failing to review information about a child in a "
                        "systematic way, and so missing the harm that builds up from long-term "
                        "neglect. A repeated GCP2, alongside a chronology (a dated list of key "
                        "events in the child's life), helps you see the whole picture rather than "
                        "just today.</p><p>If progress is not being made, do not simply keep the "
                        "same plan going. The South West London strategy says practitioners should "
                        "use their local <strong>escalation policy</strong> when progress is not "
                        "being made or there are concerns about whether support is working.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "items": [
                            {
                                "heading": "How Birmingham measures progress",
                                "text": (
                                    "<p>Birmingham's performance indicators include the number of "
                                    "practitioners trained to use GCP2, the number of GCP2 "
                                    "assessments completed, how many children have a child "
                                    "protection plan for neglect for a second or later time, and "
                                    "how long child protection plans for neglect stay open. The "
                                    "partnership also gathers the views of children, young people "
                                    "and families.</p>"
                                ),
                            },
                            {
                                "heading": "How South West London measures progress",
                                "text": (
                                    "<p>The joint strategy suggests using standardised tools such "
                                    "as GCP2 and the Neglect Toolkit to collect consistent data. "
                                    "Short-term outcomes include a more stable home, access to "
                                    "medical care and better school attendance. Long-term outcomes "
                                    "include lasting improvements in children's health, education "
                                    "and family stability.</p>"
                                ),
                            },
                            {
                                "heading": "How Walsall measures progress",
                                "text": (
                                    "<p>Walsall's strategy update describes a multi-agency neglect "
                                    "outcome framework, to be used from April 2023. It is designed "
                                    "to measure the partnership's shared impact and to inform "
                                    "future decisions.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "case_study",
                    {
                        "title": "Case study: reviewing Jade's plan",
                        "text": (
                            "<p><em>This is a fictional example, following on from lesson "
                            "3.</em></p><p>Three months after the first GCP2, the family support "
                            "worker and Jade complete the profile again. Breakfast is now part of "
                            "the morning routine, and the children's health appointments are up to "
                            "date. Jade has started going to a local parents' group. But play and "
                            "stimulation at home are still limited, and Jade's low mood has "
                            "returned in recent weeks. The school and the health visitor have not "
                            "seen the updated plan.</p>"
                        ),
                        "questions": (
                            "<ul><li>What has improved, and how would you share this with "
                            "Jade?</li><li>What should change in the plan now?</li><li>Who needs "
                            "to see the updated plan, and why?</li><li>What would you do if the "
                            "next review showed that care was getting worse?</li></ul>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "What does Birmingham's strategy say the GCP2 tool will inform?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "Birmingham's strategy says GCP2 will inform a targeted family "
                                    "plan to support families to make achievable changes with help "
                                    "from professionals."
                                ),
                                "options": [
                                    {
                                        "text": "An automatic decision to close the case",
                                        "correct": False,
                                        "feedback": (
                                            "No. GCP2 informs a plan for change. It does not close "
                                            "cases on its own."
                                        ),
                                    },
                                    {
                                        "text": "A court order",
                                        "correct": False,
                                        "feedback": (
                                            "No. GCP2 is used to understand care and plan support, "
                                            "not to make court orders."
                                        ),
                                    },
                                    {
                                        "text": "The child's school report",
                                        "correct": False,
                                        "feedback": (
                                            "No. GCP2 is about the quality of care, not school "
                                            "reports."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "A targeted family plan that helps the family make "
                                            "achievable changes"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. GCP2 findings shape a plan focused on the "
                                            "child's unmet needs."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Walsall's audit found problems with children's plans. Which "
                                    "of these did it find? Select all that apply."
                                ),
                                "multiple": True,
                                "explanation": (
                                    "The audit found separate actions rather than shared goals, "
                                    "updated plans not being shared, and some plans not being "
                                    "reviewed in good time."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Plans tended to give separate actions to separate "
                                            "agencies, rather than shared goals"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. The audit wanted more shared goals that "
                                            "agencies and families work on together."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Updated plans were not routinely shared with partners"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Sharing updated plans keeps everyone working "
                                            "to the same goals."
                                        ),
                                    },
                                    {
                                        "text": "Plans were reviewed too often",
                                        "correct": False,
                                        "feedback": (
                                            "No. The audit found the opposite: some plans were not "
                                            "reviewed in good time."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Some plans were not reviewed and changed in good time"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. In some cases the same plan carried on "
                                            "without review."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Why is it useful to repeat GCP2 after a period of support?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "Repeating GCP2 lets you compare care over time, which gives "
                                    "clear feedback to the family and evidence for the next step."
                                ),
                                "options": [
                                    {
                                        "text": "It means you no longer need to talk to the family",
                                        "correct": False,
                                        "feedback": (
                                            "No. GCP2 is completed with the family. Talking with "
                                            "them remains essential."
                                        ),
                                    },
                                    {
                                        "text": "It guarantees the case will be closed",
                                        "correct": False,
                                        "feedback": (
                                            "No. The result may show progress, no change or "
                                            "deterioration. It informs the next step."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "It shows whether the child's care has improved, "
                                            "stayed the same or got worse"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Consistent grading makes change over time "
                                            "visible."
                                        ),
                                    },
                                    {
                                        "text": "It is only needed if the family complains",
                                        "correct": False,
                                        "feedback": (
                                            "No. Reviewing progress is a normal part of good "
                                            "planning."
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
            "slug": "when-to-use-gcp2",
            "title": "When to use GCP2, and how it fits with other tools",
            "summary": (
                "When GCP2 may help, how it sits alongside other local tools such as WeCAN, and "
                "why no tool should delay urgent action."
            ),
            "sources": [
                {
                    "file": "seven-minute-briefing-multi-agency-audit-neglect.txt",
                    "title": "7 Minute Briefing: Walsall Child Multi-Agency Audit - Neglect",
                },
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
                    "file": "wolverhampton-neglect-strategy.txt",
                    "title": "Wolverhampton Neglect Strategy",
                },
            ],
            "body": [
                (
                    "text",
                    (
                        "<h2>When GCP2 may help</h2><p>The source documents suggest GCP2 is most "
                        "useful when:</p><ul><li><strong>neglect is the main concern</strong> for "
                        "a child. Walsall's audit and the South West London strategy both link "
                        "GCP2 to families where neglect is the key or primary concern.</li><li>you "
                        "want to <strong>spot neglect early</strong>. Birmingham introduced GCP2 "
                        "to help identify neglect at an earlier stage, starting with Early "
                        "Help.</li><li>you need to <strong>show the impact of cumulative "
                        "neglect</strong>, and whether care is changing over time.</li><li>several "
                        "agencies need a <strong>shared picture</strong> and a common language "
                        "about a child's care.</li></ul><p>Birmingham's strategy wants "
                        "practitioners in all agencies, and at all levels of need, to be able to "
                        "identify, assess and support families where neglect is a concern.</p>"
                        "<h2>Follow your local partnership's approach</h2>"
                        "<p>Different areas use different tools. Always check what your local "
                        "safeguarding partnership expects.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "items": [
                            {
                                "heading": "Wolverhampton: the WeCAN tool",
                                "text": (
                                    "<p>Wolverhampton's strategy asks all agencies to use the "
                                    "Wolverhampton Children's Assessment of Neglect "
                                    "(<strong>WeCAN</strong>) tool in everyday practice where "
                                    "neglect may be a concern. It says:</p>"
                                    "<ul><li>a WeCAN assessment should be started where there is a "
                                    "concern that neglect is a factor</li><li>if you refer to the "
                                    "Multi-Agency Safeguarding Hub (MASH) about neglect, you must "
                                    "start a WeCAN assessment or reference one in the referral</li>"
                                    "<li>in cases of cumulative harm, WeCAN should be used to "
                                    "evidence the impact of the concerns</li><li>once a need has "
                                    "been identified, the local threshold document decides the "
                                    "level of support and further action</li></ul>"
                                    "<p>If you work in Wolverhampton, follow this guidance.</p>"
                                ),
                            },
                            {
                                "heading": "South West London: GCP2 or the Neglect Toolkit",
                                "text": (
                                    "<p>The partnerships in Croydon, Kingston and Richmond, Merton "
                                    "and Wandsworth may use GCP2 or a Neglect Toolkit. Check your "
                                    "own partnership's website to find out which applies to "
                                    "you.</p>"
                                ),
                            },
                            {
                                "heading": "Birmingham: GCP2 alongside other tools",
                                "text": (
                                    "<p>Birmingham uses GCP2 alongside its Neglect Toolkit and its "
                                    "Right Help, Right Time guidance. It also has a toolkit to "
                                    "help professionals capture a child's lived experience. Its "
                                    "strategy suggests using a chronology and a genogram (a family "
                                    "tree that shows relationships) to help understand the family "
                                    "as a whole.</p>"
                                ),
                            },
                            {
                                "heading": "Walsall: GCP2",
                                "text": (
                                    "<p>Walsall's 7-minute briefing describes GCP2 as the "
                                    "evidence-based tool to support work with children and "
                                    "families, and asks practitioners to make sure they are using "
                                    "it.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "A tool never replaces urgent action",
                        "text": (
                            "<p>Do not delay protecting a child because an assessment is not "
                            "finished. If you think a child is at risk of significant harm, follow "
                            "your safeguarding procedures straight away and talk to your "
                            "safeguarding lead. If a child is in immediate danger, call 999. "
                            "Wolverhampton's strategy also says the need for a child protection "
                            "medical should always be considered in cases of neglect, in "
                            "consultation with the child protection paediatrician.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "good_practice",
                        "heading": "Talk to the other professionals",
                        "text": (
                            "<p>Where neglect is a concern, make sure there is good communication "
                            "with the other professionals involved. Share information in a timely "
                            "way, following your local information-sharing guidance. Neglect is "
                            "often hidden and builds up over time, so one agency rarely sees the "
                            "whole picture.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "You work in Wolverhampton and are about to refer a child to "
                                    "the MASH because of neglect. What does the Wolverhampton "
                                    "strategy say?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "In Wolverhampton, a neglect referral to the MASH must come "
                                    "with a WeCAN assessment started by the referring agency, or "
                                    "referenced in the referral."
                                ),
                                "options": [
                                    {
                                        "text": "You must complete a GCP2 first",
                                        "correct": False,
                                        "feedback": (
                                            "No. The Wolverhampton strategy does not mention GCP2. "
                                            "It names WeCAN."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "You should wait until you have proof of significant "
                                            "harm"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. You do not need proof to refer. Waiting can leave "
                                            "a child at risk."
                                        ),
                                    },
                                    {
                                        "text": "No assessment tool is needed",
                                        "correct": False,
                                        "feedback": (
                                            "No. The Wolverhampton strategy expects a WeCAN "
                                            "assessment for neglect referrals to the MASH."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "A WeCAN assessment must be started by the referring "
                                            "agency or referenced in the referral"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. This is what the Wolverhampton strategy "
                                            "requires."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "A practitioner is part-way through a GCP2 and sees that a "
                                    "child is in immediate danger. What should they do?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "No assessment should delay action to protect a child in "
                                    "immediate danger."
                                ),
                                "options": [
                                    {
                                        "text": "Wait for the next review meeting",
                                        "correct": False,
                                        "feedback": (
                                            "No. Immediate danger needs an immediate response."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Finish the GCP2 first so that the evidence is complete"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. A child in immediate danger needs protection now."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Ask the parent whether they think the child is safe, "
                                            "then decide"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No. If a child is in immediate danger, call 999 and "
                                            "follow your safeguarding procedures."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Act now: call 999 and follow safeguarding procedures, "
                                            "without waiting to finish the assessment"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Protect the child first. The assessment can "
                                            "wait."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "In which situations do the source documents suggest GCP2 is "
                                    "most useful? Select all that apply."
                                ),
                                "multiple": True,
                                "explanation": (
                                    "GCP2 helps where neglect is the main concern, to spot neglect "
                                    "early, and to track change over time."
                                ),
                                "options": [
                                    {
                                        "text": "When neglect is the main concern for a child",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Walsall and South West London link GCP2 to "
                                            "cases where neglect is the key concern."
                                        ),
                                    },
                                    {
                                        "text": "To show whether care is changing over time",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Consistent grading helps show progress or "
                                            "deterioration."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "To help spot neglect early, for example at Early Help "
                                            "level"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Birmingham introduced GCP2 to identify "
                                            "neglect at an earlier stage."
                                        ),
                                    },
                                    {
                                        "text": "As a reason to avoid talking to the child",
                                        "correct": False,
                                        "feedback": (
                                            "No. The child's voice and lived experience must "
                                            "always be part of the picture."
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
            "slug": "training-and-licence",
            "title": "Getting trained: booking GCP2 licence training",
            "summary": (
                "Why you must be trained before using GCP2, and how to find and book training "
                "through your local safeguarding partnership."
            ),
            "sources": [
                {
                    "file": "seven-minute-briefing-multi-agency-audit-neglect.txt",
                    "title": "7 Minute Briefing: Walsall Child Multi-Agency Audit - Neglect",
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
                    "file": "south-west-london-joint-neglect-strategy.txt",
                    "title": (
                        "South West London Joint Child Neglect Strategy (Croydon, Kingston and "
                        "Richmond, Merton and Wandsworth)"
                    ),
                },
            ],
            "body": [
                (
                    "text",
                    (
                        "<h2>Why training comes first</h2><p>GCP2 is a licensed tool. You must "
                        "attend licensed GCP2 training before you use it with a family. The "
                        "training explains each area of need, how to grade care fairly and "
                        "consistently, and how to work alongside families. Grading care without "
                        "training risks inaccurate results and unfair decisions for children and "
                        "families.</p><h2>How to book</h2><p>GCP2 training is offered through "
                        "local safeguarding partnerships. To book:</p>"
                        "<ol><li>Check with your manager or safeguarding lead that GCP2 is the "
                        "tool your area uses. Some areas use other tools, such as WeCAN in "
                        "Wolverhampton.</li><li>Look at your local safeguarding partnership's "
                        "training offer. For example, Walsall's 7-minute briefing asks "
                        "practitioners who need GCP2 training to book onto one of the "
                        "partnership's forthcoming dates.</li><li>Book a place on the GCP2 licence "
                        "course. The course details will tell you the format, such as "
                        "face-to-face, and anything you need to do before you attend.</li>"
                        "<li>Agree time with your manager so you can attend the whole course.</li>"
                        "<li>After training, use the tool with the support of supervision, and "
                        "keep your learning up to date.</li></ol><h2>Where to look</h2>"
                        "<ul><li><strong>Birmingham:</strong> see the partnership's <a "
                        'href="https://lscpbirmingham.org.uk/learning-zone/learning-resources/'
                        'neglect-and-gcp2">neglect and GCP2 learning resources page</a>.</li>'
                        "<li><strong>Walsall:</strong> book GCP2 licensed practitioner training on "
                        'the <a href="/training/">training pages</a> of this site.</li>'
                        "<li><strong>Croydon, "
                        "Kingston and Richmond, Merton and Wandsworth:</strong> check your own "
                        "partnership's website to see whether it uses GCP2 or the Neglect Toolkit, "
                        "and what training it offers.</li><li><strong>Wolverhampton:</strong> "
                        "neglect training is available through Wolverhampton Safeguarding Together "
                        "(WST). Wolverhampton's strategy names WeCAN as its neglect tool.</li></ul>"
                        "<h2>Related training</h2><p>Walsall's briefing also offers Understanding "
                        "Neglect training. This builds the wider knowledge of neglect that good "
                        "use of GCP2 depends on.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "good_practice",
                        "heading": "After your training",
                        "text": (
                            "<p>Training is the start, not the end. Wolverhampton's strategy says "
                            "supervision and consultation are central to supporting staff who work "
                            "with neglect. Birmingham supports practitioners with regular "
                            "workshops and newsletters, and is setting up a network of Neglect "
                            "Champions. Use the support your area offers.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "questions": [
                            {
                                "text": (
                                    "You have finished this introduction course. Can you now use "
                                    "GCP2 with families?"
                                ),
                                "multiple": False,
                                "explanation": (
                                    "This course is an introduction only. You must complete "
                                    "licensed GCP2 training before using the tool."
                                ),
                                "options": [
                                    {
                                        "text": "No. I must complete licensed GCP2 training first",
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Book licensed training through your local "
                                            "safeguarding partnership."
                                        ),
                                    },
                                    {
                                        "text": "Yes. This course is the licence",
                                        "correct": False,
                                        "feedback": (
                                            "No. This course is an introduction. It does not "
                                            "license you to use GCP2."
                                        ),
                                    },
                                    {
                                        "text": "Yes, if the family agrees",
                                        "correct": False,
                                        "feedback": (
                                            "No. Family agreement matters, but you must be trained "
                                            "before you use the tool."
                                        ),
                                    },
                                    {
                                        "text": "Yes, if a colleague shows me how",
                                        "correct": False,
                                        "feedback": (
                                            "No. Informal help from a colleague does not replace "
                                            "licensed training."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Where should you look first to book GCP2 training?",
                                "multiple": False,
                                "explanation": (
                                    "GCP2 training is offered through local safeguarding "
                                    "partnerships."
                                ),
                                "options": [
                                    {
                                        "text": "Nowhere, because GCP2 needs no training",
                                        "correct": False,
                                        "feedback": (
                                            "No. You must attend licensed training before using "
                                            "GCP2."
                                        ),
                                    },
                                    {
                                        "text": "Any online video about GCP2",
                                        "correct": False,
                                        "feedback": (
                                            "No. Videos may be interesting, but they are not "
                                            "licensed training."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "My local safeguarding partnership's training offer"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Your partnership will list training dates "
                                            "and how to book."
                                        ),
                                    },
                                    {
                                        "text": "The family I am working with",
                                        "correct": False,
                                        "feedback": (
                                            "No. Training is arranged through your partnership, "
                                            "not families."
                                        ),
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
                "topic": "what-gcp2-is",
                "text": "GCP2 is an assessment tool from which organisation?",
                "multiple": False,
                "explanation": (
                    "GCP2 is an NSPCC tool. NSPCC Learning describes it as a strengths and "
                    "evidence-based tool to measure the quality of care parents or carers give a "
                    "child."
                ),
                "options": [
                    {
                        "text": "Ofsted",
                        "correct": False,
                        "feedback": "No. Ofsted inspects services. GCP2 is an NSPCC tool.",
                    },
                    {
                        "text": "The police",
                        "correct": False,
                        "feedback": (
                            "No. GCP2 is an NSPCC tool used by practitioners in many agencies."
                        ),
                    },
                    {
                        "text": "The Department for Education",
                        "correct": False,
                        "feedback": "No. GCP2 is an NSPCC tool.",
                    },
                    {
                        "text": "The NSPCC",
                        "correct": True,
                        "feedback": "Correct. GCP2 is an NSPCC tool.",
                    },
                ],
            },
            {
                "topic": "what-gcp2-is",
                "text": "What did Walsall's 2021 multi-agency audit on neglect find about GCP2?",
                "multiple": False,
                "explanation": (
                    "The audit found limited use of GCP2 for assessing and working towards change "
                    "where neglect was the key concern. Walsall's briefing now asks practitioners "
                    "to make sure they use it."
                ),
                "options": [
                    {
                        "text": "It had been withdrawn in Walsall",
                        "correct": False,
                        "feedback": (
                            "No. Walsall's briefing asks practitioners to make sure they use GCP2."
                        ),
                    },
                    {
                        "text": "It was only used by the police",
                        "correct": False,
                        "feedback": "No. The audit did not say this. It found limited use overall.",
                    },
                    {
                        "text": (
                            "It was used only to a limited extent for assessing and working "
                            "towards change"
                        ),
                        "correct": True,
                        "feedback": (
                            "Correct. The audit found limited use of GCP2 where neglect was the "
                            "key concern."
                        ),
                    },
                    {
                        "text": "It was used in every case",
                        "correct": False,
                        "feedback": "No. The audit found limited use of GCP2.",
                    },
                ],
            },
            {
                "topic": "what-gcp2-is",
                "text": "In Birmingham, where did the Family Foundations project trial GCP2?",
                "multiple": False,
                "explanation": (
                    "The Family Foundations project trialled GCP2 at Early Help level in the "
                    "Northfield and Hodge Hill areas of Birmingham."
                ),
                "options": [
                    {
                        "text": "Croydon and Merton",
                        "correct": False,
                        "feedback": "No. These are South West London boroughs.",
                    },
                    {
                        "text": "Northfield and Hodge Hill",
                        "correct": True,
                        "feedback": "Correct. These were the two areas of the city in the trial.",
                    },
                    {
                        "text": "Ladywood and Hall Green",
                        "correct": False,
                        "feedback": (
                            "No. These areas are mentioned in Birmingham's strategy in relation to "
                            "child poverty, not the GCP2 trial."
                        ),
                    },
                    {
                        "text": "Walsall and Wolverhampton",
                        "correct": False,
                        "feedback": "No. These are different local authority areas.",
                    },
                ],
            },
            {
                "topic": "what-gcp2-is",
                "text": "Which statement about the South West London joint strategy is correct?",
                "multiple": False,
                "explanation": (
                    "The joint strategy names GCP2 and a Neglect Toolkit, and asks practitioners "
                    "to check which one their own partnership uses."
                ),
                "options": [
                    {
                        "text": (
                            "It names GCP2 and a Neglect Toolkit, and asks practitioners to check "
                            "which their partnership uses"
                        ),
                        "correct": True,
                        "feedback": "Correct. Each partnership's website says which tool applies.",
                    },
                    {
                        "text": "It bans the use of GCP2",
                        "correct": False,
                        "feedback": "No. GCP2 is one of the two tools it names.",
                    },
                    {
                        "text": "It says no assessment tools are needed",
                        "correct": False,
                        "feedback": (
                            "No. It promotes standardised tools such as GCP2 and the Neglect "
                            "Toolkit."
                        ),
                    },
                    {
                        "text": "It requires all four partnerships to use WeCAN",
                        "correct": False,
                        "feedback": "No. WeCAN is Wolverhampton's tool.",
                    },
                ],
            },
            {
                "topic": "areas-of-need",
                "text": "Which statement about GCP2 grades is correct?",
                "multiple": False,
                "explanation": (
                    "GCP2 grades the care a child receives, from the child's point of view. It is "
                    "not a measure of love or effort."
                ),
                "options": [
                    {
                        "text": "A grade measures how much effort the parent is making",
                        "correct": False,
                        "feedback": (
                            "No. Effort matters, but the grade describes the care the child "
                            "actually receives."
                        ),
                    },
                    {
                        "text": (
                            "A grade describes the care the child receives, not how much the "
                            "parent loves them"
                        ),
                        "correct": True,
                        "feedback": (
                            "Correct. Many loving parents still struggle to meet their child's "
                            "needs."
                        ),
                    },
                    {
                        "text": "Grades are set without any discussion with the family",
                        "correct": False,
                        "feedback": "No. GCP2 is meant to be used with the family.",
                    },
                    {
                        "text": "Once given, a grade can never change",
                        "correct": False,
                        "feedback": "No. GCP2 can be repeated to see whether care has changed.",
                    },
                ],
            },
            {
                "topic": "areas-of-need",
                "text": (
                    "Why should practitioners observe a child's care, and not rely only on what "
                    "the child says?"
                ),
                "multiple": False,
                "explanation": (
                    "Birmingham's strategy says neglect is the form of abuse least likely to be "
                    "identified by children, who may not know their care is different from other "
                    "children's."
                ),
                "options": [
                    {
                        "text": "Observation is quicker than talking",
                        "correct": False,
                        "feedback": (
                            "No. Speed is not the reason. You need both talking and observation."
                        ),
                    },
                    {
                        "text": "Children's views do not matter",
                        "correct": False,
                        "feedback": (
                            "No. The child's voice is central. But children may not recognise "
                            "neglect, so observation matters too."
                        ),
                    },
                    {
                        "text": (
                            "Children often do not realise their care is neglectful or different "
                            "from other children's"
                        ),
                        "correct": True,
                        "feedback": (
                            "Correct. Observation and information from other agencies help to "
                            "build the full picture."
                        ),
                    },
                    {
                        "text": "Children always exaggerate",
                        "correct": False,
                        "feedback": (
                            "No. This is not what the sources say, and it is not a safe assumption."
                        ),
                    },
                ],
            },
            {
                "topic": "areas-of-need",
                "text": (
                    "According to Birmingham's strategy, which of these can be neglect of a "
                    "disabled child or a child with additional needs? Select all that apply."
                ),
                "multiple": True,
                "explanation": (
                    "Birmingham's strategy lists failing to meet communication needs, not using "
                    "equipment provided, not giving medication or a special diet, and denying "
                    "access to play or stimulation."
                ),
                "options": [
                    {
                        "text": "The child attending a specialist school",
                        "correct": False,
                        "feedback": (
                            "No. Going to a specialist school is not in itself a sign of neglect."
                        ),
                    },
                    {
                        "text": "Not giving the child their medication or special diet",
                        "correct": True,
                        "feedback": "Correct. This is listed in Birmingham's strategy.",
                    },
                    {
                        "text": "Not using equipment that has been provided for the child",
                        "correct": True,
                        "feedback": "Correct. This is listed in Birmingham's strategy.",
                    },
                    {
                        "text": "Not meeting the child's communication needs",
                        "correct": True,
                        "feedback": "Correct. This is listed in Birmingham's strategy.",
                    },
                ],
            },
            {
                "topic": "areas-of-need",
                "text": "Birmingham's strategy says that as children get older they need:",
                "multiple": False,
                "explanation": (
                    "Older children need different responses rather than less care. Lack of "
                    "supervision and boundaries is the most common way their needs are neglected."
                ),
                "options": [
                    {
                        "text": "Exactly the same care as a baby",
                        "correct": False,
                        "feedback": "No. Their needs change, so the care they need changes too.",
                    },
                    {
                        "text": "Different care, not less care",
                        "correct": True,
                        "feedback": (
                            "Correct. Teenagers still need supervision, boundaries and emotional "
                            "support."
                        ),
                    },
                    {
                        "text": "Care only from their school",
                        "correct": False,
                        "feedback": (
                            "No. Parents and carers remain responsible for meeting their needs."
                        ),
                    },
                    {
                        "text": "No supervision, because they are nearly adults",
                        "correct": False,
                        "feedback": (
                            "No. A lack of supervision and boundaries is the most common way older "
                            "children's needs are neglected."
                        ),
                    },
                ],
            },
            {
                "topic": "strengths-based-working",
                "text": "What does Walsall's strategy update say about most parents?",
                "multiple": False,
                "explanation": (
                    "Most parents want to meet their children's needs but at times need help. "
                    "Support from family, friends, neighbours and the community makes safe, "
                    "healthy homes more likely."
                ),
                "options": [
                    {
                        "text": "Most do not care about their children's needs",
                        "correct": False,
                        "feedback": "No. The strategy says the opposite.",
                    },
                    {
                        "text": "Parents with money never need support",
                        "correct": False,
                        "feedback": (
                            "No. The strategy does not say this, and neglect can happen in wealthy "
                            "families too."
                        ),
                    },
                    {
                        "text": "Most neglect their children on purpose",
                        "correct": False,
                        "feedback": (
                            "No. The strategy says most parents want to meet their children's "
                            "needs."
                        ),
                    },
                    {
                        "text": (
                            "Most want to meet their children's needs, but at times need help to "
                            "do so"
                        ),
                        "correct": True,
                        "feedback": (
                            "Correct. This is why a supportive, strengths-based approach makes "
                            "sense."
                        ),
                    },
                ],
            },
            {
                "topic": "strengths-based-working",
                "text": (
                    "Which parental difficulties does Birmingham's strategy link to neglect? "
                    "Select all that apply."
                ),
                "multiple": True,
                "explanation": (
                    "Neglect is very often linked to parents' own difficulties, such as drug or "
                    "alcohol misuse, mental health difficulties and domestic abuse. Support from "
                    "friends and neighbours is protective."
                ),
                "options": [
                    {
                        "text": "Mental health difficulties",
                        "correct": True,
                        "feedback": "Correct. This can affect a parent's capacity to care.",
                    },
                    {
                        "text": "Drug or alcohol misuse",
                        "correct": True,
                        "feedback": (
                            "Correct. This can affect a parent's ability to meet a child's needs."
                        ),
                    },
                    {
                        "text": "Domestic abuse",
                        "correct": True,
                        "feedback": "Correct. Domestic abuse is one of the difficulties listed.",
                    },
                    {
                        "text": "Having friends and neighbours who offer support",
                        "correct": False,
                        "feedback": (
                            "No. Walsall's strategy update says support from family, friends and "
                            "neighbours makes safe homes more likely."
                        ),
                    },
                ],
            },
            {
                "topic": "strengths-based-working",
                "text": (
                    "A parent is friendly, agrees to every action and says everything is fine. But "
                    "the child's care has not changed. What should you consider?"
                ),
                "multiple": False,
                "explanation": (
                    "Focus on the child's actual experience. Apparent co-operation without real "
                    "change may be disguised compliance."
                ),
                "options": [
                    {
                        "text": (
                            "Disguised compliance: look at what has actually changed for the child"
                        ),
                        "correct": True,
                        "feedback": (
                            "Correct. Judge progress by the child's lived experience, not by how "
                            "co-operative a parent seems."
                        ),
                    },
                    {
                        "text": "The plan is working, so the case can close",
                        "correct": False,
                        "feedback": (
                            "No. Nothing has changed for the child, so the plan is not yet working."
                        ),
                    },
                    {
                        "text": "Nothing: being friendly shows the child is safe",
                        "correct": False,
                        "feedback": (
                            "No. A friendly parent does not mean the child's needs are met."
                        ),
                    },
                    {
                        "text": "The parent is doing everything right, so stop visiting",
                        "correct": False,
                        "feedback": "No. Agreement without change for the child is a warning sign.",
                    },
                ],
            },
            {
                "topic": "strengths-based-working",
                "text": "Walsall's audit found a problem with interpreters. What was it?",
                "multiple": False,
                "explanation": (
                    "Interpreters were not used consistently with families whose first language is "
                    "not English. Walsall's briefing asks practitioners to use interpreters "
                    "consistently."
                ),
                "options": [
                    {
                        "text": (
                            "They were not used consistently when English was not the family's "
                            "first language"
                        ),
                        "correct": True,
                        "feedback": "Correct. Families need to understand and take part fully.",
                    },
                    {
                        "text": "Children were used as interpreters, as recommended",
                        "correct": False,
                        "feedback": (
                            "No. The audit did not recommend this. It asked for interpreters to be "
                            "used consistently."
                        ),
                    },
                    {
                        "text": "They were used too often",
                        "correct": False,
                        "feedback": "No. The audit found the opposite.",
                    },
                    {
                        "text": "They are never needed when using GCP2",
                        "correct": False,
                        "feedback": (
                            "No. Families must be able to understand and take part, so "
                            "interpreters matter."
                        ),
                    },
                ],
            },
            {
                "topic": "family-plan-and-progress",
                "text": "What is 'start again syndrome'?",
                "multiple": False,
                "explanation": (
                    "Wolverhampton's glossary describes start again syndrome as failing to review "
                    "information about a child systematically, and not properly considering "
                    "cumulative harm from ongoing neglect."
                ),
                "options": [
                    {
                        "text": "Closing and reopening a case for admin reasons",
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
                            "Failing to review a child's history systematically, so the build-up "
                            "of harm from long-term neglect is missed"
                        ),
                        "correct": True,
                        "feedback": "Correct. Repeated GCP2s and a chronology help avoid this.",
                    },
                    {
                        "text": "Having to repeat GCP2 training every year",
                        "correct": False,
                        "feedback": "No. It is about how information about a child is reviewed.",
                    },
                ],
            },
            {
                "topic": "family-plan-and-progress",
                "text": (
                    "A child's plan has been in place for months. A repeat GCP2 shows no "
                    "improvement. What does the South West London strategy say you should do?"
                ),
                "multiple": False,
                "explanation": (
                    "If progress is not being made, practitioners should refer to their local "
                    "escalation policy so that timely and appropriate action is taken."
                ),
                "options": [
                    {
                        "text": "Close the case because the plan has not worked",
                        "correct": False,
                        "feedback": "No. The child's needs are still unmet. Escalate instead.",
                    },
                    {
                        "text": "Wait another year before reviewing again",
                        "correct": False,
                        "feedback": "No. Delay leaves the child in neglect for longer.",
                    },
                    {
                        "text": "Use your local escalation policy so that timely action is taken",
                        "correct": True,
                        "feedback": "Correct. Do not let the same plan simply carry on.",
                    },
                    {
                        "text": "Carry on with the same plan and hope things improve",
                        "correct": False,
                        "feedback": (
                            "No. Walsall's audit warned about plans that carried on without review."
                        ),
                    },
                ],
            },
            {
                "topic": "family-plan-and-progress",
                "text": "Which of these is a feature of a good family plan informed by GCP2?",
                "multiple": False,
                "explanation": (
                    "Good plans have shared goals built with the family and agencies, are shared "
                    "with everyone involved, and are reviewed on time."
                ),
                "options": [
                    {
                        "text": "Written without the family, to save time",
                        "correct": False,
                        "feedback": (
                            "No. Plans should be built with the family, using a strengths-based "
                            "approach."
                        ),
                    },
                    {
                        "text": "Separate actions for each agency, kept private",
                        "correct": False,
                        "feedback": "No. Walsall's audit found this was a weakness.",
                    },
                    {
                        "text": "Never reviewed once agreed",
                        "correct": False,
                        "feedback": "No. Plans must be reviewed and changed in good time.",
                    },
                    {
                        "text": (
                            "Shared goals that the family and agencies work on together, shared "
                            "with everyone involved"
                        ),
                        "correct": True,
                        "feedback": "Correct. This addresses the gaps Walsall's audit found.",
                    },
                ],
            },
            {
                "topic": "when-to-use-gcp2",
                "text": (
                    "Under the Wolverhampton strategy, what should happen in cases of cumulative "
                    "harm?"
                ),
                "multiple": False,
                "explanation": (
                    "Wolverhampton expects the WeCAN tool to be used to evidence the impact of the "
                    "concerns in cases of cumulative harm."
                ),
                "options": [
                    {
                        "text": "No tool is needed",
                        "correct": False,
                        "feedback": "No. Wolverhampton expects WeCAN to be used.",
                    },
                    {
                        "text": (
                            "The WeCAN tool should be used to evidence the impact of the concerns"
                        ),
                        "correct": True,
                        "feedback": "Correct. This is what Wolverhampton's strategy expects.",
                    },
                    {
                        "text": "Only the police can assess it",
                        "correct": False,
                        "feedback": (
                            "No. All agencies have a role in recognising and assessing neglect."
                        ),
                    },
                    {
                        "text": "Wait for a single serious incident before acting",
                        "correct": False,
                        "feedback": (
                            "No. Waiting for one serious incident is the danger the strategy warns "
                            "about."
                        ),
                    },
                ],
            },
            {
                "topic": "when-to-use-gcp2",
                "text": "Which statement about choosing a neglect assessment tool is correct?",
                "multiple": False,
                "explanation": (
                    "Different areas use different tools. Use the tool your local safeguarding "
                    "partnership expects."
                ),
                "options": [
                    {
                        "text": "Every partnership uses GCP2 in exactly the same way",
                        "correct": False,
                        "feedback": "No. The source documents show different local approaches.",
                    },
                    {
                        "text": "You can use any tool you like",
                        "correct": False,
                        "feedback": "No. Follow your local partnership's approach.",
                    },
                    {
                        "text": "Assessment tools are only for social workers",
                        "correct": False,
                        "feedback": (
                            "No. Birmingham wants practitioners in all agencies to be able to "
                            "identify and support families."
                        ),
                    },
                    {
                        "text": (
                            "Use the tool your local safeguarding partnership expects; this "
                            "differs between areas"
                        ),
                        "correct": True,
                        "feedback": (
                            "Correct. For example, Wolverhampton uses WeCAN, and South West London "
                            "partnerships use GCP2 or a Neglect Toolkit."
                        ),
                    },
                ],
            },
            {
                "topic": "when-to-use-gcp2",
                "text": "Why did Birmingham Safeguarding Children Partnership introduce GCP2?",
                "multiple": False,
                "explanation": (
                    "Birmingham introduced GCP2 to help identify neglect at an earlier stage."
                ),
                "options": [
                    {
                        "text": "To help identify neglect at an earlier stage",
                        "correct": True,
                        "feedback": "Correct. Training began with the Early Help workforce.",
                    },
                    {
                        "text": "To replace child protection procedures",
                        "correct": False,
                        "feedback": (
                            "No. GCP2 supports assessment and planning. It does not replace "
                            "safeguarding procedures."
                        ),
                    },
                    {
                        "text": "To decide benefit payments",
                        "correct": False,
                        "feedback": "No. GCP2 measures the quality of care a child receives.",
                    },
                    {
                        "text": "To reduce the need for training",
                        "correct": False,
                        "feedback": "No. Practitioners must be trained to use GCP2.",
                    },
                ],
            },
            {
                "topic": "training-and-licence",
                "text": "Which statement about GCP2 training is correct?",
                "multiple": False,
                "explanation": (
                    "You must complete licensed GCP2 training before using the tool with a family."
                ),
                "options": [
                    {
                        "text": (
                            "You can complete the training after you have used the tool a few times"
                        ),
                        "correct": False,
                        "feedback": "No. Training must come first.",
                    },
                    {
                        "text": (
                            "You must complete licensed training before using GCP2 with a family"
                        ),
                        "correct": True,
                        "feedback": "Correct. Book through your local safeguarding partnership.",
                    },
                    {
                        "text": "Only managers need training",
                        "correct": False,
                        "feedback": "No. Anyone who uses GCP2 must be trained.",
                    },
                    {
                        "text": "Training is optional if you have read the NSPCC web page",
                        "correct": False,
                        "feedback": "No. Reading about GCP2 does not replace licensed training.",
                    },
                ],
            },
            {
                "topic": "training-and-licence",
                "text": (
                    "Which kinds of ongoing support for practitioners working with neglect do the "
                    "source documents describe? Select all that apply."
                ),
                "multiple": True,
                "explanation": (
                    "Wolverhampton highlights supervision and consultation. Birmingham describes "
                    "workshops, newsletters and a network of Neglect Champions."
                ),
                "options": [
                    {
                        "text": "A network of Neglect Champions",
                        "correct": True,
                        "feedback": "Correct. Birmingham is setting up this network.",
                    },
                    {
                        "text": "Regular workshops and newsletters",
                        "correct": True,
                        "feedback": "Correct. Birmingham uses these to embed learning.",
                    },
                    {
                        "text": "Supervision and consultation",
                        "correct": True,
                        "feedback": "Correct. Wolverhampton's strategy says these are central.",
                    },
                    {
                        "text": "Using GCP2 alone, without any support",
                        "correct": False,
                        "feedback": "No. The sources stress supervision and ongoing support.",
                    },
                ],
            },
        ],
    },
}
