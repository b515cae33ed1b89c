"""Later held-out sentences for the safety check, kept apart from `safety_corpus` so
neither module grows past a readable size. Same voice and rules as there.

HELD_OUT_4, HELD_OUT_5 and HELD_OUT_6 were each written in new phrasings and measured before the
cues were changed for them; the first figures are kept in the comments above them.
"""

from __future__ import annotations

from trustjournal.core.danger import Category

C = Category

# Measured on the phrase cues alone: recall 49/63 (77.8 %), category right 49/49, false
# alarms 0/20, own 6/6. The cues then gained the broad word lists (lexicon.py, general.py)
# and a partner carried over "and"; one sentence ("shook the baby to make her stop") is
# still missed and counts against recall. Six sentences of the batch turned out to be
# in the corpus already (five are the issue's own examples) and are left out here.
HELD_OUT_4: list[tuple[str, Category | None]] = [
    # self-harm
    ("Part of me keeps hoping I just won't wake up tomorrow.", C.SELF_HARM),
    ("I sat on the bathroom floor with the blade for an hour.", C.SELF_HARM),
    ("Im so done, I dont want to be alive.", C.SELF_HARM),
    ("I keep thinking the kids would be better without me around.", C.SELF_HARM),
    ("Tonight I scratched my arms until they bled.", C.SELF_HARM),
    ("I have a plan to end things this weekend.", C.SELF_HARM),
    ("Been thinking about suicide a lot since the move.", C.SELF_HARM),
    ("I wish I could fall asleep and never wake up.", C.SELF_HARM),
    ("There's no point in going on anymore.", C.SELF_HARM),
    ("I swallowed a whole strip of tablets yesterday.", C.SELF_HARM),
    # violence
    ("Daniel twisted my arm behind my back until I screamed.", C.VIOLENCE),
    ("My wife hurled the remote at my face.", C.VIOLENCE),
    ("He squeezed my throat while he shouted.", C.VIOLENCE),
    ("I got slapped again for being late.", C.VIOLENCE),
    ("She bit my hand when I tried to take the keys.", C.VIOLENCE),
    ("He shook the baby to make her stop crying.", C.VIOLENCE),
    ("My boyfriend pulled my hair and shoved me to the floor.", C.VIOLENCE),
    ("He smashed the plates all around me.", C.VIOLENCE),
    ("She burned me with a cigarette.", C.VIOLENCE),
    ("He kicks the cat whenever he's angry.", C.VIOLENCE),
    # threats
    ("He told me that if I leave he'll make sure I never see our son.", C.THREAT),
    ("She says she will send my pictures to everyone at work.", C.THREAT),
    ("My husband said he'd end his life if I moved out.", C.THREAT),
    ("He promised he'd break my legs if I told my mum.", C.THREAT),
    ("Tom keeps saying he'll kill me one day.", C.THREAT),
    ("He waved a knife at me and laughed.", C.THREAT),
    ("My girlfriend threatened to report me to immigration.", C.THREAT),
    # sexual coercion
    ("He makes me have sex even when I cry.", C.SEXUAL_COERCION),
    ("She pressures me for sex every single night.", C.SEXUAL_COERCION),
    ("He did things to me in bed that I said no to.", C.SEXUAL_COERCION),
    ("I sleep with him just so he won't get angry.", C.SEXUAL_COERCION),
    ("My partner forced me into sex while I was drunk.", C.SEXUAL_COERCION),
    # fear
    ("I'm terrified of what my husband will do when he finds out.", C.FEAR),
    ("I walk on eggshells around him all the time.", C.FEAR),
    ("My heart races when I hear his car in the drive.", C.FEAR),
    ("I'm scared to go home tonight.", C.FEAR),
    ("I hid in the bathroom until she calmed down.", C.FEAR),
    # stalking
    ("My ex keeps turning up at my work.", C.STALKING),
    ("He tracks my phone with some app.", C.STALKING),
    ("I found an AirTag hidden in my car.", C.STALKING),
    ("She followed me to my friend's house.", C.STALKING),
    ("He sits outside my flat in his car at night.", C.STALKING),
    # monitoring
    ("He demands my passwords to all my accounts.", C.MONITORING),
    ("She makes me hand over my phone every night.", C.MONITORING),
    ("My boyfriend goes through my texts when I'm asleep.", C.MONITORING),
    ("He interrogates me for hours when I come home late.", C.MONITORING),
    ("She logged into my email and read everything.", C.MONITORING),
    ("He insists I send him a photo of where I am.", C.MONITORING),
    ("My husband put spyware on my laptop.", C.MONITORING),
    # isolation
    ("He doesn't allow me to see my friends.", C.ISOLATION),
    ("I'm not allowed to work.", C.ISOLATION),
    ("She made me stop talking to my family.", C.ISOLATION),
    ("My fiancé cut me off from everyone I know.", C.ISOLATION),
    ("He gets furious if I visit my parents.", C.ISOLATION),
    # financial
    ("He takes my wages the day I get paid.", C.FINANCIAL),
    ("She keeps my passport in a locked drawer.", C.FINANCIAL),
    ("My husband gives me an allowance of twenty pounds a week.", C.FINANCIAL),
    ("He took out a loan in my name.", C.FINANCIAL),
    # confinement
    ("He locked me out of the house in the snow.", C.CONFINEMENT),
    ("She locked the door and wouldn't let me leave.", C.CONFINEMENT),
    ("He hid my car keys so I couldn't go.", C.CONFINEMENT),
    ("My boyfriend blocked the door when I tried to leave.", C.CONFINEMENT),
    # own behaviour
    ("I shoved her against the fridge last night.", C.OWN_BEHAVIOUR),
    ("I made him give me his passwords.", C.OWN_BEHAVIOUR),
    ("I keep tracking her location every day.", C.OWN_BEHAVIOUR),
    ("I threatened to leave him and take the kids.", C.OWN_BEHAVIOUR),
    ("I slapped my husband during the argument.", C.OWN_BEHAVIOUR),
    ("I won't let her go out with her friends.", C.OWN_BEHAVIOUR),
    # leave alone
    ("I checked his phone and felt sick afterwards.", None),
    ("She keeps her messages private.", None),
    ("I'm dying to see the new film.", None),
    ("He forgot my birthday and it hurt.", None),
    ("My grandmother died last spring.", None),
    ("I don't want to die without seeing Japan.", None),
    ("He said I looked tired.", None),
    ("We argued about money but it was fine.", None),
    ("She threw a surprise party for me.", None),
    ("I was scared he'd lose interest.", None),
    ("He asked me where I was going and I told him.", None),
    ("I'm afraid of spiders.", None),
    ("The kids were fighting over the remote.", None),
    ("He grabbed a coffee on the way home.", None),
    ("I killed it at work today.", None),
]

# Written after the broad lists were in, in deliberately harder phrasings, and measured
# before any change for it: recall 32/63 (50.8 %), category right 32/32, false alarms
# 1/20 (a day out with the kids read as a threat), own 6/6. The cues were then widened by
# category; all of it passes now, so these figures are no longer a blind measure. One
# sentence turned out to be in the corpus already and is left out here.
HELD_OUT_5: list[tuple[str, Category | None]] = [
    # self-harm
    ("Lately I've been scratching at my wrists with my nails till they bleed.", C.SELF_HARM),
    ("I googled how long it takes to bleed out.", C.SELF_HARM),
    ("Honestly if a bus hit me tomorrow I'd be relieved.", C.SELF_HARM),
    ("I dont see the point of being alive anymore.", C.SELF_HARM),
    ("I put the pills in a little pile on the counter and just stared at them.", C.SELF_HARM),
    ("I've started writing letters to say goodbye to everyone.", C.SELF_HARM),
    ("Sometimes I want to walk into the sea and not come back.", C.SELF_HARM),
    ("Im thinking of killing myself tonight.", C.SELF_HARM),
    ("I punched the wall over and over till my knuckles split because I hate myself.", C.SELF_HARM),
    ("My family would be fine if I wasn't around anymore.", C.SELF_HARM),
    # violence
    ("Marcus slammed my head into the cupboard.", C.VIOLENCE),
    ("My girlfriend clawed at my face during the fight.", C.VIOLENCE),
    ("He stamped on my foot on purpose and laughed.", C.VIOLENCE),
    ("She threw her shoe at me and it cut my lip.", C.VIOLENCE),
    ("My husband pushed our son into the wall.", C.VIOLENCE),
    ("I was thrown across the room by him.", C.VIOLENCE),
    ("He kneeled on my chest so I couldn't get up.", C.VIOLENCE),
    ("She poured boiling water on my arm.", C.VIOLENCE),
    ("He beat the puppy with a belt.", C.VIOLENCE),
    ("My ex kept shaking me by the shoulders and screaming.", C.VIOLENCE),
    # threat
    ("He said if I ever go to the police he'll burn the house down with me in it.", C.THREAT),
    ("She told me she would tell the court I'm a bad mother so I lose the kids.", C.THREAT),
    ("Jake texted that he'd jump off the bridge if I don't come back.", C.THREAT),
    ("He pointed his rifle at me while he was drunk.", C.THREAT),
    ("My husband said I'll be sorry if I ever leave.", C.THREAT),
    ("He keeps saying he knows people who could make me disappear.", C.THREAT),
    ("She said she'd send the video of us to my parents.", C.THREAT),
    # sexual coercion
    ("He doesn't stop when I tell him it hurts.", C.SEXUAL_COERCION),
    ("She said I owe her sex because she paid for dinner.", C.SEXUAL_COERCION),
    ("He woke me up having sex with me.", C.SEXUAL_COERCION),
    ("If I don't sleep with him he sulks for days and won't speak to me.", C.SEXUAL_COERCION),
    ("My boyfriend keeps begging for nudes even after I said no.", C.SEXUAL_COERCION),
    # fear
    ("I'm frightened to tell him I'm pregnant.", C.FEAR),
    ("I jump every time the front door opens in case it's him.", C.FEAR),
    ("I'm scared of my wife when she drinks.", C.FEAR),
    ("I never know which version of him is coming home.", C.FEAR),
    ("I lie awake terrified of what she'll do next.", C.FEAR),
    # stalking
    ("My ex has been parking outside my office every morning.", C.STALKING),
    ("He somehow always knows where I am even though I turned my location off.", C.STALKING),
    ("She keeps making new accounts to message me after I blocked her.", C.STALKING),
    ("He drove behind me all the way home.", C.STALKING),
    ("There was a tracker taped under my car seat.", C.STALKING),
    # monitoring
    ("He checks my call history every evening.", C.MONITORING),
    ("She demanded to see my WhatsApp chats.", C.MONITORING),
    ("My husband reads all my emails before I do.", C.MONITORING),
    ("He makes me video call him so he can see who I'm with.", C.MONITORING),
    ("She changed my Facebook password so only she can get in.", C.MONITORING),
    ("He quizzes me about every single person I talked to today.", C.MONITORING),
    ("My partner installed a camera in the living room to watch me.", C.MONITORING),
    # isolation
    ("He says my friends are trying to split us up so I shouldn't see them.", C.ISOLATION),
    ("She made me quit my job so I'd be home all day.", C.ISOLATION),
    ("I'm only allowed to see my mum when he's there.", C.ISOLATION),
    ("He deleted my sister's number from my phone.", C.ISOLATION),
    ("My husband forbids me from going to church.", C.ISOLATION),
    # financial
    ("He puts my whole salary into his account.", C.FINANCIAL),
    ("She took my bank card and changed the PIN.", C.FINANCIAL),
    ("He won't let me have any money of my own.", C.FINANCIAL),
    ("He has my passport and won't give it back.", C.FINANCIAL),
    # confinement
    ("He took the door handle off so I couldn't get out.", C.CONFINEMENT),
    ("She shut me in the garage for the whole night.", C.CONFINEMENT),
    ("He locks all the doors and keeps the keys on him.", C.CONFINEMENT),
    ("I'm not allowed out of the house without him.", C.CONFINEMENT),
    # own behaviour
    ("I grabbed her by the throat.", C.OWN_BEHAVIOUR),
    ("I went through his messages again last night, like every night.", C.OWN_BEHAVIOUR),
    ("I told her she's not allowed to go to the party.", C.OWN_BEHAVIOUR),
    ("I threw his laptop at him.", C.OWN_BEHAVIOUR),
    ("I installed a tracking app on her phone.", C.OWN_BEHAVIOUR),
    ("I took his car keys so he couldn't leave.", C.OWN_BEHAVIOUR),
    # leave alone
    ("I wondered whether to look at his phone but I didn't.", None),
    ("She keeps her laptop locked and I respect that.", None),
    ("He doesn't want me reading his diary.", None),
    ("My sister is scared of flying.", None),
    ("He knocked on the door before coming in.", None),
    ("She dragged me to a yoga class and I loved it.", None),
    ("The traffic was killing me this morning.", None),
    ("He threw the ball for the dog in the park.", None),
    ("I'd die for my kids.", None),
    ("He would never lay a finger on me.", None),
    ("We had sex last night and it was lovely.", None),
    ("He said he'd take the kids to the zoo on Saturday.", None),
    ("My husband told me that he will cook tonight.", None),
    ("I'm afraid I forgot to pay the gas bill.", None),
    ("She grabbed my hand and we ran for the bus.", None),
    ("The film ended with the hero dying.", None),
    ("He tracks his runs with an app.", None),
    ("I felt hurt when he didn't call.", None),
    ("He locked the car and we went inside.", None),
    ("She gets angry when I forget to text her back.", None),
]

# Written after the second round, measured once before any change for it: recall 16/26
# (61.5 %), category right 15/16, false alarms 1/12 ("my cat scratched my arm" read as
# self-harm), own 1/2. The phrase cues alone scored the same recall on it. Widened again
# by category; all of it passes now.
HELD_OUT_6: list[tuple[str, Category | None]] = [
    ("I keep picturing myself stepping off the platform.", C.SELF_HARM),
    ("I just want everything to stop, forever.", C.SELF_HARM),
    ("Tonight I hurt myself again with the scissors.", C.SELF_HARM),
    ("I've been looking at the rope in the garage a lot.", C.SELF_HARM),
    ("Nobody would care if I was gone.", C.SELF_HARM),
    ("He slapped the phone out of my hand and then slapped me.", C.VIOLENCE),
    ("My wife scratched my neck till it bled.", C.VIOLENCE),
    ("Ben head-butted me in the kitchen.", C.VIOLENCE),
    ("He threw our daughter's toys at me.", C.VIOLENCE),
    ("She hit our dog with the lead.", C.VIOLENCE),
    ("He whispered that nobody would ever find me.", C.THREAT),
    ("She said she'd tell everyone my secrets if I didn't do what she wanted.", C.THREAT),
    ("He said he would kill the cat if I left.", C.THREAT),
    ("My boyfriend pressured me into a threesome.", C.SEXUAL_COERCION),
    ("He kept going even though I was crying.", C.SEXUAL_COERCION),
    ("I'm petrified of my husband.", C.FEAR),
    ("I freeze whenever I hear his truck pull up.", C.FEAR),
    ("My ex keeps showing up at my gym.", C.STALKING),
    ("She checks where I am on Find My Friends every hour.", C.STALKING),
    ("He makes me screenshot my conversations and send them to him.", C.MONITORING),
    ("She goes through my bag every night.", C.MONITORING),
    ("He says I can't see my friends unless he comes too.", C.ISOLATION),
    ("She forced me to block my best friend.", C.ISOLATION),
    ("He controls every penny I earn.", C.FINANCIAL),
    ("She hid my passport so I can't go home.", C.FINANCIAL),
    ("He locked me in the bathroom for hours.", C.CONFINEMENT),
    ("I slammed him against the wall.", C.OWN_BEHAVIOUR),
    ("I keep reading her texts while she sleeps, every night.", C.OWN_BEHAVIOUR),
    ("I checked her location once when she was late.", None),
    ("He never lets me see his phone and I hate it.", None),
    ("My cat scratched my arm this morning.", None),
    ("He slammed the car door and drove to work.", None),
    ("I'm afraid the weather will ruin the wedding.", None),
    ("She said she'd kill for a coffee.", None),
    ("We wrestled on the sofa, laughing.", None),
    ("He pushed me to apply for the job.", None),
    ("He kicked the ball over the fence.", None),
    ("I don't want to die, I want things to change.", None),
    ("My dad hit me when I was a kid.", None),
    ("She was shaking with laughter.", None),
]
