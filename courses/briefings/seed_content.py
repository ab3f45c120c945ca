"""7-minute briefings: seed content for Neglect Matters Learning.

Pure data. Every fact comes from the source documents in shared/seeds/ named in each
briefing's "sources"; the seven section fields are HTML limited to p, ul, ol, li, strong,
em and a.
"""

BRIEFINGS = [
    {
        "slug": "multi-agency-audit-neglect",
        "title": "Multi-agency audit: neglect",
        "briefing_type": "audit",
        "date": "2021-06-25",
        "review_by": "2027-06-30",
        "topics": ["neglect", "GCP2", "multi-agency working"],
        "summary": (
            "Learning from the Walsall Safeguarding Partnership multi-agency audit on neglect "
            "(April to June 2021). Practitioners recognised neglect well, but assessment and "
            "planning need to be more joined up, with consistent use of interpreters and GCP2."
        ),
        "background": (
            "<p>An audit on neglect took place from April to June 2021 as part of the Walsall "
            "Safeguarding Partnership multi-agency audit calendar for 2020-2021, to support the "
            "development of the refreshed Walsall Neglect Strategy. The panel met to analyse the "
            "findings on 25 June 2021.</p><p>The cases were randomly selected: five children under "
            "5 years old, all known to Children's Social Care (CSC). Agencies involved were "
            "Walsall CSC, Walsall Early Help, Walsall Healthcare Trust (health visiting), West "
            "Midlands Police, Black Country Healthcare Trust and GPs.</p>"
        ),
        "why_it_matters": (
            "<p>Neglect is the most common type of abuse experienced by children in Walsall, as it "
            "is nationally. The audit reviewed how effectively the multi-agency partnership "
            "addresses the needs of, and concerns for, children experiencing neglect. It "
            "asked:</p><ul><li>Was neglect recognised and responded to at the earliest "
            "stage?</li><li>Was the impact of neglect on the child understood?</li><li>Did "
            "agencies respond to disguised compliance and non-engagement?</li><li>Was engagement "
            "meaningful?</li><li>Do agencies work together effectively?</li><li>Do actions taken "
            "make a positive difference to the child's lived experience?</li></ul>"
        ),
        "findings": (
            "<p>The multi-agency team graded practice <strong>within the last 6 months</strong> as "
            "<strong>requires improvement</strong> in four audits and <strong>good</strong> in "
            "one.</p><p>Overall, practitioners identified neglect appropriately and referrals to "
            "CSC were appropriate. Practitioners had a clear understanding of neglect and focused "
            "on its impact. There was some good-quality relationship-based work, but work needs to "
            "be better coordinated as a multi-agency approach to understanding and assessment. "
            "There was limited use of the Graded Care Profile 2 (GCP2) tool for assessing and "
            "working towards change where neglect is the key concern.</p>"
        ),
        "good_practice": (
            "<ul><li>Practitioners understood each child's needs and daily life, and showed skill "
            "and tenacity with families where neglect was a concern and professionals had been "
            "involved over a long period.</li><li>Most children's circumstances and experiences "
            "had improved. For the one child where they had not, the step up to CSC was recent and "
            "the Child in Need Plan was progressing.</li><li>Assessments were timely and "
            "purposeful in capturing the child's experiences and the impact of "
            "neglect.</li><li>Communication and engagement between professionals was good for the "
            "two children who were, or had recently been, on Child Protection Plans.</li></ul>"
        ),
        "areas_for_development": (
            "<ul><li>Assessments were largely single-agency, with limited input from the "
            "professional network around the child.</li><li>Plans tended to give actions to "
            "individual agencies, with limited collaboration on a shared plan whose goals agencies "
            "and the family work towards together.</li><li>Updated plans were not routinely shared "
            "with relevant partners.</li><li>Communication and collaborative working were "
            "effective at times, but not consistently.</li><li>Some plans were not reviewed and "
            "changed in a timely way: the same plan simply continued to shape the "
            "work.</li><li>Interpreters were not used consistently where English is not the "
            "family's first language.</li></ul>"
        ),
        "actions": (
            "<ul><li>When working with a child experiencing neglect, make sure there is good "
            "communication with the other professionals involved.</li><li>Use interpreters "
            "consistently when working with a child and their family.</li><li>GCP2 is the "
            "evidence-based tool to support your work with children and families: make sure you "
            "are using it in your practice.</li><li>Book GCP2 training or Understanding Neglect "
            'training on the <a href="/training/">training pages</a>.</li></ul>'
        ),
        "reflection_questions": [
            (
                "Do you recognise neglect at the earliest stage and understand its impact on the "
                "child?"
            ),
            "Have you shared your latest assessment or plan with the professional network?",
            (
                "Is the child's plan a shared plan, with goals that agencies and the family work "
                "on together?"
            ),
            "Have you used an interpreter whenever one was needed?",
            "How are you using GCP2, and is your work improving the child's lived experience?",
        ],
        "key_links": [],
        "related_courses": ["understanding-child-neglect", "graded-care-profile-2"],
        "sources": [
            {
                "file": "seven-minute-briefing-multi-agency-audit-neglect.txt",
                "title": (
                    "Walsall Safeguarding Partnership 7-minute briefing: child multi-agency audit "
                    "- neglect"
                ),
            },
            {
                "file": "walsall-neglect-strategy-update.txt",
                "title": "Walsall Safeguarding Partnership: update on the Child Neglect Strategy",
            },
        ],
    },
    {
        "slug": "cumulative-neglect-and-start-again-syndrome",
        "title": "Cumulative neglect and 'start again' syndrome",
        "briefing_type": "thematic",
        "date": "2026-11-25",
        "review_by": "2028-11-30",
        "topics": ["neglect", "cumulative neglect", "GCP2", "multi-agency working", "escalation"],
        "summary": (
            "Neglect is usually the build-up of many smaller concerns over time. This briefing "
            "explains cumulative harm and 'start again' syndrome, and how to evidence the impact "
            "of long-term neglect on a child."
        ),
        "background": (
            "<p>The terms 'cumulative risk' and 'cumulative harm' were first identified by "
            "Bromfield and Higgins in Australia in 2005. They defined cumulative harm as the "
            "effects of patterns of circumstances and events in a child's life which diminish "
            "their sense of safety, stability and wellbeing.</p><p><strong>Start again "
            "syndrome</strong> is the failure to review and analyse information about the child "
            "systematically, and to consider properly the harm that builds up from ongoing "
            "exposure to chronic neglect.</p>"
        ),
        "why_it_matters": (
            "<p>Figures quoted in the Wolverhampton neglect strategy show that neglect was the "
            "primary form of serious harm to children in 7% of incidents, but an underlying "
            "feature of 35% of fatal incidents and 34% of non-fatal incidents. The strategy lists "
            "the cumulative impact of long-term neglect among its learning from child safeguarding "
            "practice reviews, and notes that recognising cumulative neglect remains a key "
            "challenge for practitioners nationally.</p>"
        ),
        "findings": (
            "<p>There is a danger that professionals wait for a serious one-off incident to "
            "provide evidence that a child is suffering significant harm. With neglect, many "
            "smaller issues, put together, may show significant harm over time "
            "(Wolverhampton).</p><p>Neglect is an absence or omission of care, so professionals "
            "need to measure what isn't there. Its impact often comes from a number of incidents "
            "rather than a single action (Birmingham). Neglect is ongoing, repeated failure to "
            "meet a child's needs, not isolated incidents (South West London).</p>"
        ),
        "good_practice": (
            "<ul><li>Use an assessment tool to evidence the impact of concerns over time. In "
            "Wolverhampton the WeCAN tool is expected in cases of cumulative harm; other "
            "partnerships use GCP2 or a Neglect Toolkit.</li><li>Use a chronology and genogram to "
            "understand the family as a whole.</li><li>Be curious about parents' own childhood "
            "experiences and what children are communicating through their "
            "behaviour.</li><li>Remember that other forms of abuse are more likely to coexist with "
            "severe neglect.</li></ul>"
        ),
        "areas_for_development": (
            "<p>Recognising cumulative neglect does not always lead to sustained change for "
            "children (Wolverhampton). The Walsall multi-agency audit found that some children's "
            "plans were not reviewed and changed in a timely way: the same plan simply continued. "
            "Birmingham warns that practitioners working with adults can become over-optimistic "
            "about a parent's capacity to change. Each of these can delay help for the child.</p>"
        ),
        "actions": (
            "<ul><li>Keep the chronology up to date and review it: look at the pattern, not just "
            "the latest event.</li><li>Use your partnership's neglect assessment tool (for example "
            "GCP2, WeCAN or a Neglect Toolkit) to evidence the impact on the child.</li><li>If "
            "nothing has changed for the child, change the plan rather than start "
            "again.</li><li>Share concerns with other agencies in a timely way.</li><li>If "
            "progress is not being made, discuss the case in supervision and use your local "
            "escalation policy.</li></ul>"
        ),
        "reflection_questions": [
            (
                "Could you describe the pattern of neglect for this child over time, or only the "
                "latest incident?"
            ),
            (
                "When you or another agency became involved, was the history reviewed, or did the "
                "work start again?"
            ),
            "What evidence do you have that the child's daily life has actually changed?",
            "Are you waiting for a single serious incident before acting?",
        ],
        "key_links": [
            {
                "title": "West Midlands regional safeguarding procedures: neglect",
                "url": (
                    "https://westmidlands.procedures.org.uk/pkphl/regional-safeguarding-guidance/ne"
                    "glect"
                ),
            },
            {
                "title": "Wolverhampton Children's Assessment of Neglect (WeCAN) toolkit",
                "url": (
                    "https://www.wolverhampton.gov.uk/child-assessment-of-neglect/neglect-toolkit"
                ),
            },
            {
                "title": "NSPCC Learning: learning from case reviews - neglect",
                "url": (
                    "https://learning.nspcc.org.uk/research-resources/learning-from-case-reviews/ne"
                    "glect"
                ),
            },
        ],
        "related_courses": ["understanding-child-neglect", "graded-care-profile-2"],
        "sources": [
            {
                "file": "wolverhampton-neglect-strategy.txt",
                "title": "Wolverhampton neglect strategy",
            },
            {
                "file": "birmingham-neglect-strategy-2022-26.txt",
                "title": (
                    "Birmingham Safeguarding Children Partnership: Birmingham Neglect Strategy "
                    "2022-26"
                ),
            },
            {
                "file": "south-west-london-joint-neglect-strategy.txt",
                "title": (
                    "Croydon, Kingston and Richmond, Merton and Wandsworth Safeguarding Children "
                    "Partnerships: joint child neglect strategy"
                ),
            },
            {
                "file": "seven-minute-briefing-multi-agency-audit-neglect.txt",
                "title": (
                    "Walsall Safeguarding Partnership 7-minute briefing: child multi-agency audit "
                    "- neglect"
                ),
            },
        ],
    },
    {
        "slug": "neglect-of-adolescents",
        "title": "Neglect of adolescents",
        "briefing_type": "thematic",
        "date": "2026-11-25",
        "review_by": "2028-11-30",
        "topics": ["neglect", "adolescents", "voice of the child", "whole family"],
        "summary": (
            "Teenagers can be neglected too. Their needs change rather than lessen, and the signs "
            "can be hidden or mistaken for 'typical' teenage behaviour."
        ),
        "background": (
            "<p>Older children and teenagers can be particularly vulnerable to neglect and need "
            "special consideration. As children get older they need different responses, not less "
            "care, and parents can struggle with this. Neglect of adolescents can go unseen, "
            "because young people may hide its impact and meet many of their own needs. An older "
            "child may also have experienced neglect throughout their life, causing significant "
            "and long-term harm (Birmingham).</p>"
        ),
        "why_it_matters": (
            "<p>The impact of neglect in adolescents can include poor educational attainment, low "
            "self-esteem, mental health difficulties, difficulty forming healthy relationships and "
            "risk of exploitation. Neglect, particularly of a young person's emotional needs, can "
            "be a 'push' factor where contextual safeguarding concerns are identified "
            "(Birmingham). Wolverhampton aims to help young people get the right support at the "
            "right time to reduce the risk of child exploitation.</p>"
        ),
        "findings": (
            "<p>The most common way older children's needs are neglected is a lack of adequate "
            "supervision and boundaries, which puts them at risk of harm in the community and "
            "online. Warning signs might include:</p><ul><li>poor school attendance or inability "
            "to concentrate</li><li>withdrawn or disruptive behaviour in "
            "school</li><li>self-harm</li><li>involvement in criminal or antisocial "
            "activity</li><li>drug and/or alcohol misuse</li></ul><p>Emotionally Based School "
            "Avoidance (EBSA) is particularly relevant for adolescents experiencing neglect (South "
            "West London).</p>"
        ),
        "good_practice": (
            "<ul><li>Be curious about what a young person's behaviour may be communicating about "
            "their care.</li><li>Understand their experience through direct work and observation, "
            "and use information from other agencies to corroborate it.</li><li>Think whole "
            "family: parents' own difficulties may be affecting their capacity to "
            "care.</li><li>Give special attention to young carers, who may carry extra pressures "
            "and responsibilities and still need their own needs met.</li></ul>"
        ),
        "areas_for_development": (
            "<p>Challenging behaviour caused by neglect is often seen by professionals as "
            "'typical' and not fully explored (Birmingham). Adolescents may suppress signs of "
            "neglect, or their behaviour may be misread as purely problematic rather than a "
            "response to neglect (South West London). Neglect is the form of abuse least likely to "
            "be identified by children, who are often unaware that their care is neglectful or "
            "different from their peers' (Birmingham).</p>"
        ),
        "actions": (
            "<ul><li>Ask about supervision and boundaries, including online.</li><li>Treat falling "
            "attendance, self-harm or risk-taking as possible signs of neglect, not just behaviour "
            "to manage.</li><li>Consider whether neglect is a 'push' factor where there are "
            "exploitation concerns.</li><li>Use your partnership's neglect assessment tool and "
            "share information with other agencies.</li><li>Use your local escalation policy if a "
            "young person's needs are still not being met.</li></ul>"
        ),
        "reflection_questions": [
            (
                "When a teenager's behaviour worries you, do you ask what care and supervision "
                "they get at home?"
            ),
            "How have you heard the young person's own account of their life?",
            (
                "Could this young person have experienced neglect for many years, and how would "
                "you know?"
            ),
            "Is anyone treating this as 'typical teenage behaviour' without exploring it?",
        ],
        "key_links": [
            {
                "title": "Birmingham Neglect Toolkit",
                "url": "https://lscpbirmingham.org.uk/documents/birmingham-neglect-toolkit",
            },
            {
                "title": (
                    "Emotionally Based School Avoidance (EBSA): students' views of what works in a "
                    "specialist setting"
                ),
                "url": "https://continuityineducation.org/articles/10.5334/cie.38",
            },
        ],
        "related_courses": ["understanding-child-neglect"],
        "sources": [
            {
                "file": "birmingham-neglect-strategy-2022-26.txt",
                "title": (
                    "Birmingham Safeguarding Children Partnership: Birmingham Neglect Strategy "
                    "2022-26"
                ),
            },
            {
                "file": "south-west-london-joint-neglect-strategy.txt",
                "title": (
                    "Croydon, Kingston and Richmond, Merton and Wandsworth Safeguarding Children "
                    "Partnerships: joint child neglect strategy"
                ),
            },
            {
                "file": "wolverhampton-neglect-strategy.txt",
                "title": "Wolverhampton neglect strategy",
            },
        ],
    },
    {
        "slug": "disguised-compliance",
        "title": "Disguised compliance",
        "briefing_type": "practice_guidance",
        "date": "2026-11-25",
        "review_by": "2028-11-30",
        "topics": [
            "neglect",
            "disguised compliance",
            "escalation",
            "multi-agency working",
            "voice of the child",
        ],
        "summary": (
            "When a parent appears to co-operate but nothing changes for the child. What disguised "
            "compliance is, and how to keep the focus on evidence of change in the child's life."
        ),
        "background": (
            "<p>Disguised compliance is when a parent or carer gives the appearance of "
            "co-operating with child welfare agencies to avoid raising suspicion, to allay "
            "professionals' concerns and to reduce professional intervention (NSPCC definition, in "
            "the Wolverhampton neglect strategy glossary).</p><p>The Walsall multi-agency audit on "
            "neglect asked whether agencies responded to disguised compliance and non-engagement, "
            "and whether engagement was meaningful.</p>"
        ),
        "why_it_matters": (
            "<p>Neglect is cumulative and often hidden (Birmingham). If apparent co-operation is "
            "taken at face value, the child's daily life may not change. Birmingham warns that "
            "practitioners working with adults may become over-optimistic about a parent's "
            "capacity to change, and that where parents understand the impact of their actions on "
            "children and continue to cause harm, this should be taken very seriously.</p>"
        ),
        "findings": (
            "<ul><li>Agreement is not the same as change. The Walsall audit asked whether actions "
            "made a positive difference to the child's lived experience.</li><li>Children rarely "
            "identify their own care as neglectful (Birmingham), so do not rely on the child to "
            "tell you.</li><li>For missed health appointments, follow your local Was Not Brought "
            "guidance (South West London).</li><li>Some affluent parents use their social and "
            "financial status, including legal challenge, to resist child protection intervention "
            "(South West London).</li></ul>"
        ),
        "good_practice": (
            "<ul><li>Be open, honest and transparent with families (Birmingham's Right Help, Right "
            "Time principles).</li><li>Use direct work with the child and observe their "
            "interactions, presentation, behaviour and home environment; use information from "
            "other agencies to corroborate (Birmingham).</li><li>See children in their home "
            "environment to identify and evidence concerns (South West London).</li><li>Use a "
            "structured tool such as GCP2 to measure the quality of care a child "
            "receives.</li></ul>"
        ),
        "areas_for_development": (
            "<ul><li>Keeping the same plan when nothing has changed: the Walsall audit found some "
            "plans were not reviewed and changed in a timely way.</li><li>'Start again syndrome': "
            "not reviewing the history systematically (Wolverhampton).</li><li>Working alone: the "
            "Walsall audit found assessments were largely single-agency and updated plans were not "
            "routinely shared, making it harder to check a family's account across "
            "agencies.</li></ul>"
        ),
        "actions": (
            "<ul><li>Agree clear goals with the family and the network, and review them against "
            "what has changed for the child.</li><li>Check what you are told with the other "
            "agencies involved.</li><li>Record and share missed appointments and "
            "non-engagement.</li><li>Use supervision: Wolverhampton describes supervision and "
            "consultation as central to supporting staff working with neglect.</li><li>If progress "
            "is not being made, use your local escalation policy.</li></ul>"
        ),
        "reflection_questions": [
            (
                "What has actually changed for the child, as opposed to what the parent says has "
                "changed?"
            ),
            "Have you checked the family's account with the other agencies involved?",
            "Is the plan being reviewed, or simply repeated?",
            (
                "How confident are you to raise a lack of progress with the family and, if needed, "
                "through escalation?"
            ),
        ],
        "key_links": [
            {
                "title": "Rethinking 'Did Not Attend' (animation)",
                "url": "https://www.youtube.com/watch?v=dAdNL6d4lpk",
            },
            {
                "title": "NSPCC Learning: learning from case reviews - neglect",
                "url": (
                    "https://learning.nspcc.org.uk/research-resources/learning-from-case-reviews/ne"
                    "glect"
                ),
            },
        ],
        "related_courses": ["understanding-child-neglect", "graded-care-profile-2"],
        "sources": [
            {
                "file": "wolverhampton-neglect-strategy.txt",
                "title": "Wolverhampton neglect strategy",
            },
            {
                "file": "seven-minute-briefing-multi-agency-audit-neglect.txt",
                "title": (
                    "Walsall Safeguarding Partnership 7-minute briefing: child multi-agency audit "
                    "- neglect"
                ),
            },
            {
                "file": "birmingham-neglect-strategy-2022-26.txt",
                "title": (
                    "Birmingham Safeguarding Children Partnership: Birmingham Neglect Strategy "
                    "2022-26"
                ),
            },
            {
                "file": "south-west-london-joint-neglect-strategy.txt",
                "title": (
                    "Croydon, Kingston and Richmond, Merton and Wandsworth Safeguarding Children "
                    "Partnerships: joint child neglect strategy"
                ),
            },
        ],
    },
    {
        "slug": "spotting-neglect-utility-and-postal-workers",
        "title": "Spotting neglect: a briefing for utility and postal workers",
        "briefing_type": "practice_guidance",
        "date": "2026-11-25",
        "review_by": "2028-11-30",
        "topics": ["neglect", "public awareness", "ACTION"],
        "summary": (
            "People who visit family homes, such as utility and postal workers, may notice signs "
            "of child neglect. What to look out for, and why reporting it matters."
        ),
        "background": (
            "<p>Safeguarding children is everyone's business. The South West London joint neglect "
            "strategy says partnerships should raise awareness of child neglect with utilities "
            "companies (for example water, gas and electricity) and others who visit family homes. "
            "Employees of companies such as British Gas and Royal Mail may notice warning signs "
            "during visits.</p>"
        ),
        "why_it_matters": (
            "<p>An estimated 1 in 10 children in the UK experience some form of neglect (NSPCC "
            "figure, quoted in the South West London strategy). What you see on a visit can be "
            "critical for early intervention if it is reported appropriately. Children and young "
            "people in Walsall said that having at least one adult, or a network of adults, who "
            "listen, can be trusted and offer support is key to good help.</p>"
        ),
        "findings": (
            "<p>Warning signs that people visiting homes may notice include:</p><ul><li>poor "
            "hygiene</li><li>unpleasant odours</li><li>an abundance of flies</li><li>visibly "
            "unsafe living conditions</li></ul><p>Housing staff may also see living conditions "
            "directly, and poor housing conditions can be a symptom of wider family issues (South "
            "West London).</p>"
        ),
        "good_practice": (
            "<ul><li>Companies have clear procedures for reporting concerns to Children's Services "
            "or other safeguarding bodies. For example, a postman who sees signs of severe neglect "
            "reports them following safeguarding protocols.</li><li>Companies whose staff enter "
            "family homes give them safeguarding training on direct and subtle signs of neglect "
            "and the right referral pathways.</li><li>Public awareness campaigns help everyone "
            "know the signs and how to report concerns.</li></ul>"
        ),
        "areas_for_development": (
            "<p>The South West London strategy sets this out as work still to do: raising "
            "awareness with utility companies and others who visit homes, targeted training for "
            "companies, and engaging local organisations so that everyone in the community can "
            "identify and report neglect. If your organisation sends staff into homes, check that "
            "procedures and training are in place.</p>"
        ),
        "actions": (
            "<p>Remember <strong>ACTION</strong>: Aware, Care, Think, don't Ignore or do Nothing "
            "(Walsall's Early Help ACTION campaign).</p><ul><li>Be aware of the signs when you "
            "visit a home.</li><li>If you are worried about a child, do not ignore it: follow your "
            "employer's safeguarding procedure.</li><li>If you do not know the procedure, ask your "
            "manager or safeguarding lead.</li><li>If a child is in immediate danger, contact the "
            "police.</li></ul>"
        ),
        "reflection_questions": [
            "What would you do today if something on a visit worried you about a child?",
            "Do you know your organisation's procedure for reporting a safeguarding concern?",
            "Has your safeguarding training covered the subtle signs of neglect?",
            "What might stop you reporting a concern, and how could you overcome it?",
        ],
        "key_links": [
            {
                "title": "London Safeguarding Children Procedures: neglect",
                "url": "https://www.londonsafeguardingchildrenprocedures.co.uk/neglect.html",
            },
            {
                "title": "NSPCC Learning: statistics briefing - neglect",
                "url": (
                    "https://learning.nspcc.org.uk/research-resources/statistics-briefings/child-ne"
                    "glect"
                ),
            },
        ],
        "related_courses": ["action", "understanding-child-neglect"],
        "sources": [
            {
                "file": "south-west-london-joint-neglect-strategy.txt",
                "title": (
                    "Croydon, Kingston and Richmond, Merton and Wandsworth Safeguarding Children "
                    "Partnerships: joint child neglect strategy"
                ),
            },
            {
                "file": "walsall-neglect-strategy-update.txt",
                "title": "Walsall Safeguarding Partnership: update on the Child Neglect Strategy",
            },
        ],
    },
]
