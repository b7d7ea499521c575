"""Cue lexicons: the words that signal an event, its weapon, its actors, or a non-event.

Each cue is a sequence of lemmas (lower case); a cue matches a run of tokens whose lemmas or
lower-cased forms equal it. The lists are sitrep's own, written from the ACLED codebook's
sub-type definitions and PLOVER's category descriptions: they name the vocabulary of the task
(weapons, acts, actors), not phrases from any evaluation file.
"""

from __future__ import annotations

from collections import defaultdict


def _seqs(text: str) -> list[tuple[str, ...]]:
    """'air strike; airstrike' -> [('air', 'strike'), ('airstrike',)]."""
    return [tuple(p.split()) for p in (s.strip() for s in text.split(";")) if p]


CUES: dict[str, str] = {
    # --- weapons (decide the Explosions/Remote violence sub-type and the ASSAULT mode)
    "W_CHEM": "poison gas; poisonous gas; gassed; gassing; poisoned; toxic chemical; toxic chemicals; chemical agent; chemical agents; chemical munition; chemical munitions; chemical bomb; chemical bombs; nerve gas; chlorine gas; vx; novichok; choking agent; blister agent; mustard; chemical weapon; chemical attack; chemical; chlorine; sarin; mustard gas; nerve agent; "
    "gas munition; gas munitions; chloropicrin; "
    "chlorine; toxic gas; poison gas; poisonous gas; gas attack; phosphorus; white phosphorus; toxic substance; "
    "breathing difficulties; difficulty breathing; suffocation; suffocate; suffocated; asphyxiation",
    # riot-control means (ACLED: police intervention, not a weapon of Explosions/Remote violence);
    # as weapon cues they hide the shorter weapon cue inside them ("water cannon", "stun grenade")
    "W_TEARGAS": "tear gas; teargas; tear - gas; tear smoke; pepper spray; water cannon; water cannons; "
    "stun grenade; stun grenades; flash grenade; flash grenades; flashbang; flash - bang; rubber bullet; "
    "rubber bullets; plastic bullet; plastic bullets; rubber - coated bullets; pellet gun; pellet guns; "
    "tear gas canister; tear gas canisters; tear gas shell; tear gas shells; teargas shells",
    # thrown incendiaries are crowd violence, not explosives (they hide the "bomb" inside them)
    "W_INCENDIARY": "petrol bomb; petrol bombs; molotov cocktail; molotov cocktails; firebomb; firebombs; "
    "fire bomb; fire bombs; gasoline bomb; gasoline bombs",
    "W_SUICIDE": "strapped to his body; strapped to her body; strapped to their bodies; explosives - laden vest; explosive - laden vest; explosives - laden belt; bomb vest; bomb belt; blew themselves up; blow themselves up; killing themselves; killed themselves; kill themselves; explosive vest; explosive vests; suicide vests; explosives vest; explosive belt; suicide belt; suicide; suicide bomber; suicide bombing; suicide attack; suicide vest; blow himself up; "
    "blew himself up; blow herself up; blew herself up; self - detonate; suicide car bomb; svbied",
    "W_AIR": "air missile; air missiles; air - to - surface; air - to - ground; air - launched; airstrike; air strike; air - strike; air raid; air attack; airstrikes; warplane; war plane; "
    "jet; fighter jet; aircraft; helicopter; helicopter gunship; gunship; bomber; barrel bomb; "
    "aerial; air force; airforce; sorties; sortie; air bombardment; aerial bombardment; "
    "guided bomb; glide bomb; kab; su-34; su-25; su-35; f-16; airborne missile; airborne missiles",
    "W_DRONE": "drone; drones; uav; uavs; unmanned aerial vehicle; shahed; lancet; quadcopter; "
    "kamikaze drone; loitering munition; fpv",
    "W_ARTY": "shell; shelling; shelled; artillery; mortar; mortars; howitzer; cannon; tank fire; "
    "heavy weapon; heavy weapons; mlrs; multiple rocket; rocket launcher; grad; uragan; smerch; "
    "bombard; bombardment; heavy artillery; tank; tanks; rocket; rockets; rocket - propelled; rpg; "
    "katyusha; projectile; shells; cluster munition; cluster munitions; grenade launcher; grenade launchers; "
    "automatic grenade launcher; ags",
    "W_MISSILE": "missile; missiles; ballistic missile; cruise missile; iskander; kalibr; kh-101; himars; "
    "s-300; tochka; tochka - u",
    "W_IED": "ied; improvised explosive; improvised device; improvised devices; explosive device; landmine; land mine; mine; roadside bomb; "
    "car bomb; vbied; bomb; bombs; booby trap; booby - trap; sticky bomb; magnetic bomb; "
    "explosive; explosives; tripwire; remote - control bomb; remote control; anti - tank mine; "
    "anti - personnel mine; unexploded ordnance; uxo; mine explosion; pipe bomb",
    "W_GRENADE": "grenade; grenades; hand grenade; hand - grenade; vog",
    "W_FIREARM": "gun; guns; gunfire; gunshot; gunmen; gunman; rifle; shoot; shot; shooting; open fire; "
    "opened fire; fire at; fire on; bullet; bullets; sniper; ak-47; firearm; firearms; pistol; "
    "small arm; small arms; machine gun",
    "W_BLADE": "knife; machete; stab; stabbed; axe; sword; stick; sticks; club; clubs; rod; stone; stones",
    # --- violent acts
    "A_ATTACK": "ram; rammed; destroy; destroyed; destroying; smash; smashed; blitz; hammer; hammered; strafe; strafed; torpedo; torpedoed; snipe; sniped; besiege; besieged; siege; attack; attacked; strike; strikes; struck; hit; target; targeted; raid; pound; pounded; bomb; "
    "hurl; hurled; throw; threw; thrown; lob; lobbed; shell; shelled; shelling; bombard; bombarded; bombardment; bombardments; airstrike; airstrikes; "
    "air strike; air strikes; air raid; air raids; drone strike; drone attack; missile strike; "
    "missile attack; rocket attack; "
    "bombed; fire; fired; launch; launched; assault; assaulted; ambush; ambushed; storm; stormed; "
    "shoot; shot",
    "A_KILL": "slaughter; slaughtered; killing; killings; kill; killed; dead; die; death; murder; murdered; execute; executed; behead; slay; "
    "slain; massacre; injure; injured; wound; wounded; casualty; casualties; lynch; torture; "
    "tortured; beat; beaten; hack; hacked; stab; stabbed; shot dead; gun down; gunned down; "
    "losses; heavy losses; fatality; fatalities; toll; death toll; body count",
    "A_CLASH": "clash; clashes; clashed; fight; fighting; fought; battle; battles; firefight; "
    "gunfight; gun battle; gunbattle; exchange of fire; exchange fire; exchanged fire; skirmish; "
    "exchange of gunfire; exchanged gunfire; exchange gunfire; traded fire; trade fire; traded gunfire; "
    "exchanged shots; "
    "engage; engaged; engagement; combat; offensive; military action; military actions; "
    "ground offensive; counteroffensive; counter - offensive; "
    "counter attack; counterattack; counter - attack; repel; repelled; repulse; repulsed; "
    "fend off; fended off; beat back; beaten back; beat off; "
    "encounter; shootout; shoot - out; assault; hostilities; armed confrontation; "
    "advance; advanced; push back; pushed back; break through; breakthrough",
    "A_RECAPTURE": "take back; took back; taken back; taking back; recapture; recaptured; retake; retook; retaken; regain; regained; liberate; "
    "liberated; reclaim; reclaimed; recover; recovered; win back; won back; regain control; back under control; free from; wrest; wrested; "
    "push out; pushed out; drive out; drove out; driven out; flush out; flushed out; "
    "oust; ousted; clear; cleared",
    "A_CAPTURE": "capture; captured; seize control; seized control; take control; took control; "
    "taken control; overrun; overran; take over; took over; seize; seized; occupy; occupied; "
    "fall to; fell to; gain control; gained control; capture of",
    "A_ABDUCT": "led away; forced into a car; forced him into a car; forced her into a car; bundled into a car; bundled into a vehicle; taken from his home; taken from her home; taken from their homes; carry off; carried off; carrying off; snatch; snatched; seized and taken; taken away; whisked away; forcibly taken; abductor; abductors; kidnapper; kidnappers; held captive; abduct; abducted; abduction; kidnap; kidnapped; kidnapping; hostage; hostages; "
    "disappear; disappeared; disappearance; forcibly disappear; enforced disappearance; "
    "whereabouts; missing; take hostage; captive; captives; forcibly take",
    "A_DISAPPEAR": "deny holding; denied holding; denies holding; deny detaining; denied detaining; denies detaining; not been heard from since; not been seen since; not been heard of since; where he is being held; where she is being held; where they are being held; "
    "where he was being held; where she was being held; where they were being held; no word of; whereabouts unknown; whereabouts are unknown; whereabouts remain unknown; "
    "whereabouts; disappear; disappeared; disappearance; enforced disappearance; forcibly disappeared; "
    "incommunicado; missing; unacknowledged detention",
    "A_SEXUAL": "rape; raped; raping; rapes; gang - raped; gang - raping; gang - rape; gang rape; gangrape; sexual; sexually; molest; molested; "
    "sexual assault; sexual violence; sexually assault",
    "A_PROTEST": "clashed with police; clash with police; clashes with police; clashed with riot police; fought with police; fought police; riot; rioted; rioting; rioter; rioters; protest; protested; protester; protesters; motorcade; motorcades; protestor; protestors; demonstration; "
    "demonstrator; demonstrators; demonstrate; demonstrated; rally; rallied; protest march; "
    "marches; marchers; peaceful march; silent march; took to the streets; take to the streets; taking to the streets; "
    "sit - in; sit in; picket; general strike; hunger strike; on strike; strike action; labour strike; walkout; boycott; dharna; gherao; "
    "procession; agitation; agitate; vigil; candlelight; candle march; slogan; slogans; "
    "placard; placards; banner; banners; chant; chanted; shutdown",
    "A_PEACEFUL": "peaceably; nonviolent; non - violent; sit - in; sit-in; silent; candle; candles; lit candles; peaceful; peacefully; silent march; candlelight; candle - light; vigil; vigils",
    "A_RIOT": "riot; rioter; rioters; rioting; violent protest; violent demonstration; violently; "
    "pelt; pelted; stone - pelting; stone pelting; throw stone; threw stone; threw stones; "
    "hurl; hurled; torch; torched; set fire; set on fire; set ablaze; burn; burned; burnt; "
    "vandalize; vandalized; vandalise; vandalised; smash; smashed; ransack; ransacked; "
    "block; blocked; barricade; clashed with police; clash with police; damage; damaged",
    "A_MOB": "mob; mobs; lynch; lynched; lynching; vigilante; vigilantes; angry crowd; angry villagers; "
    "angry residents; mob justice; jungle justice; communal; group of villagers; group of men; "
    "crowd; villagers",
    "A_FORCE": "open fire on; opened fire on; fire on; fired on; fired at; live ammunition; live rounds; "
    "live bullets; killed protesters; kill protester; killed a protester; shot dead; "
    "fired live; lethal force; excessive force; brutally; brutal; beat; beaten; baton charge",
    "A_INTERVENE": "prevented; chase; chased; chasing; disperse; dispersed; dispersal; tear gas; teargas; water cannon; baton; batons; "
    "lathi; lathicharge; lathi - charge; lathi charge; rubber bullet; rubber bullets; "
    "arrest; arrested; detain; detained; police intervene; intervened; break up; broke up; "
    "pepper spray; stun grenade; stun grenades; fired in the air; warning shots",
    "A_ARREST": "arrests; detains; detaining; round-up; roundup; crackdown; taken into detention; held in custody; in custody; incarcerate; incarcerated; picked up; hauled; arrest; arrested; arrests; detain; detained; detention; apprehend; apprehended; "
    "custody; nab; nabbed; round up; rounded up; jailed; imprison; imprisoned; "
    "remanded; taken into custody; summon; summoned; charged; sentence; sentenced",
    "A_LOOT": "arson; arsonist; arsonists; destroy property; property destruction; wreck; wrecked; ransacking; looters; make away with; made away with; loot; looted; looting; plunder; plundered; pillage; ransack; ransacked; "
    "demolish; demolished; demolition; raze; razed; bulldoze; bulldozed; destroy house; "
    "destroyed houses; burn house; burned houses; burnt houses; torch; torched; arson; "
    "set fire; set on fire; set ablaze; vandalize; vandalized; vandalise; vandalised; "
    "property; houses; homes; shops; looters; steal; stole; stolen; confiscate; confiscated",
    "A_AGREE": "agreement; agree; agreed; deal; ceasefire; cease - fire; truce; peace deal; "
    "peace agreement; peace accord; signed; signing; memorandum; treaty; prisoner exchange; "
    "prisoner swap; exchange of prisoners; swap; reconciliation; pact; negotiate; negotiated; "
    "settlement; armistice",
    "A_HQ": "headquarters; headquarter; base; bases; camp; camps; outpost; outposts; "
    "establish; established; set up; build; built; station; stationed; checkpoint; checkpoints; "
    "office; offices; garrison",
    "A_CHANGE": "form; formed; merge; merged; merger; defect; defected; defection; recruit; "
    "recruited; recruitment; join; joined; split; rename; renamed; relocate; relocated; "
    "deploy; deployed; deployment; reinforcement; reinforcements; mobilize; mobilization; "
    "mobilisation; conscription; exercise; exercises; drill; drills; training; train; trained; "
    "appoint; appointed; announce; announced; new leader; leadership; launch; launched; "
    "convoy; patrol; patrols; surrender; surrendered; curfew; ban; banned; "
    "declare; declared; impose; imposed; suspend; suspended; withdraw; withdrew",
    "A_TRANSFER": "withdraw; withdrew; withdrawn; withdrawal; pull out; pulled out; pullout; "
    "hand over; handed over; handover; hand - over; transfer; transferred; cede; ceded; "
    "without resistance; without a fight; without fighting; peacefully; retreat; retreated; "
    "abandon; abandoned; vacate; vacated; leave; left; evacuate; evacuated",
    "A_DISRUPT": "defuse; defused; defusing; dismantle; dismantled; disarm; disarmed; neutralize; "
    "neutralized; neutralise; neutralised; intercept; intercepted; interception; shoot down; "
    "shot down; downed; weapons cache; arms cache; cache; caches; "
    "bomb disposal; bomb squad; demine; demining; deactivate; deactivated; air defence; "
    "air defense; air defence system; anti - aircraft; controlled explosion",
    "A_FOIL": "foil; foiled; thwart; thwarted; avert; averted; prevent; prevented",
    "A_SEIZE": "seize; seized; seizure; confiscate; confiscated; recover; recovered; find; found; "
    "discover; discovered; detect; detected; hand in; handed in; surrender; surrendered; clear; "
    "cleared; remove; removed; stash; stashes; destroy; destroyed",
    "W_GENERIC": "weapon; weapons; arms; ammunition; munition; munitions; rifle; rifles; gun; guns; "
    "explosive; explosives; bomb; bombs; ied; ieds; mine; mines; grenade; grenades; rocket; "
    "rockets; detonator; detonators; shell; shells; cartridge; cartridges; rounds; firearm; firearms; "
    "pistol; pistols; projectile; projectiles; missile; missiles; drone; drones",
    "A_EXPLODE": "blew himself up; blew herself up; blew themselves up; blow himself up; "
    "blow herself up; blow themselves up; self - detonate; self - detonated; "
    "explode; exploded; explosion; detonate; detonated; detonation; blast; blasts; "
    "go off; went off; blow up; blew up; blown up",
    "W_RPG": "rocket - propelled grenade; rocket propelled grenade; rocket - propelled grenades; rpg; rpgs",
    "C_TERRITORY": "oil field; oil fields; oilfield; oilfields; gas field; gas fields; airbase; airbases; air base; hilltop; hilltops; ridge; ridges; heights; island; islands; valley; peninsula; capital; provincial capital; regional capital; village; villages; town; towns; city; cities; area; areas; district; districts; territory; "
    "region; province; base; bases; position; positions; hill; hills; checkpoint; airport; port; "
    "oilfield; control; neighbourhood; neighborhood; outskirts; settlement; settlements; locality; "
    "county; municipality; community; communities; hromada; oblast; stronghold; strongholds; headquarters; garrison; outpost; bridge; road; "
    "highway; island; border crossing; crossing; front; frontline; front line; camp; camps",
    "A_HQ_EST": "create; created; inaugurate; inaugurated; move into; moved into; locate; located; relocate; relocated; founded; expand; expanded; set - up; setting up; building; construction; new; set up; establish; established; establishment; open; opened; build; built; "
    "construct; constructed; install; installed; erect; erected",
    "A_HQ_OBJ": "military base; airbase; air base; naval base; command centre; command center; command post; training camp; training camps; facility; facilities; compound; barracks; fortification; fortifications; bunker; bunkers; hideout; hideouts; watchtower; watchtowers; tunnel; tunnels; trench; trenches; presence; headquarters; headquarter; base; bases; camp; camps; outpost; outposts; post; posts; "
    "observation post; position; positions; garrison; office; offices; checkpoint; checkpoints; "
    "military post; military checkpoint",
    "A_CHANGE_STRONG": "deploy; deployed; deployment; dispatch; dispatched; reinforce; reinforced; "
    "reinforcement; reinforcements; fortify; fortified; move troops; moving troops; moved troops; "
    "mass; massed; massing; amass; amassed; drill; drills; military exercise; exercises; "
    "formed; form; merge; merged; merger; defect; defected; recruit; recruited; recruitment; "
    "mobilize; mobilise; mobilized; mobilised; mobilization; mobilisation; redeploy; redeployed; "
    "send troops; sent troops; send reinforcements; sent reinforcements; buildup; build - up; "
    "appoint; appointed; rename; renamed; dissolve; dissolved; disband; disbanded; "
    "curfew; state of emergency; martial law; lockdown; ban; banned; suspend; suspended",
    "A_AGREE_STRONG": "accords; reach agreement; reached agreement; reached a deal; peace process; "
    "agreements; ceasefires; truces; exchanged prisoners; hostage exchange; agreement; agree; agreed; ceasefire; cease - fire; truce; peace deal; peace accord; "
    "peace talks; peace agreement; in exchange; in exchange for; prisoner exchange; prisoner swap; "
    "exchange of prisoners; swap; signed; signing; pact; armistice; memorandum; deal; "
    "reconciliation; negotiate; negotiated; negotiation; negotiations",
    "A_VIOLATE": "violate; violated; violation; violations; breach; breached; break; broke; collapse; collapsed; "
    "broke down; broken down; fell apart",
    # who can impose a curfew or a state of emergency (the state's civil authority)
    "C_STATE": "government; authorities; authority; junta; regime; president; prime minister; ministry; "
    "minister; governor; administration; cabinet; parliament; council; mayor",
    "X_RESTRICT": "curfew; curfews; state of emergency; state of siege; martial law; emergency rule; lockdown",
    "X_SANCTION": "sanction; sanctions; embargo; blacklist; blacklisted; freeze assets; asset freeze",
    "X_RESP": "responsible for; held responsible; deny involvement; denied involvement; denies involvement; "
    "denied responsibility; deny responsibility; suspected to be behind; believed to be behind; "
    "behind the attack; behind the attacks; claim responsibility; claimed responsibility; claims responsibility; claiming responsibility; "
    "claim of responsibility; take credit; took credit; takes credit; claimed the attack; "
    "claim the attack; claimed credit",
    "X_OTHER": "flee; fled; fleeing; displace; displaced; displacement; exodus; mass grave; "
    "mass graves; grave; graves; bodies; body; corpse; corpses; humanitarian; evacuate; "
    "evacuated; evacuation",
    "A_RIOT_STRONG": "riot; rioter; rioters; rioting; violent protest; violent demonstration; violence; "
    "violent; violently; pelt; pelted; stone - pelting; stone pelting; throw stone; threw stone; "
    "threw stones; threw rocks; throw rocks; hurl; hurled; projectile; projectiles; rock; rocks; "
    "stone; stones; brick; bricks; molotov; petrol bomb; petrol bombs; firebomb; torch; torched; "
    "set fire; set on fire; set ablaze; vandalize; vandalized; vandalise; vandalised; "
    "smash; smashed; ransack; ransacked; clashed with police; clash with police; clashes with police; "
    "storm; stormed; pull down; pulled down; break into; broke into; breach; breached; scuffle; "
    "scuffled; loot; looted; burn; burned; burnt; clash; clashes; clashed; block; blocked; blocking; "
    "shut down; barricade; barricades; throw; threw; throws; fence; tyres; tires; bonfire",
    # crowd violence beyond blocking roads: it makes a protest violent whatever else is said
    "A_RIOT_HARD": "riot; rioter; rioters; rioting; violent; violently; violence; pelt; pelted; "
    "stone - pelting; stone pelting; threw stones; threw rocks; hurled; molotov; petrol bomb; "
    "petrol bombs; firebomb; torch; torched; set fire; set on fire; set ablaze; vandalize; "
    "vandalized; vandalise; vandalised; smash; smashed; ransack; ransacked; loot; looted; "
    "clashed with police; clash with police; clashes with police; scuffle; scuffled",
    "A_FORCE_LETHAL": "open fire on; opened fire on; fire on; fired on; fired at; live ammunition; "
    "live rounds; live bullets; live fire; lethal force; gunfire; shot; shoot; bullet; bullets",
    # deaths and injuries at a protest are force against it when the police or army are there
    "A_CASUALTY": "killed; kill; die; died; dead; death; injure; injured; injuries; wound; wounded; "
    "fatal; deadly",
    "A_FORCE_HARSH": "excessive force; brutally; brutal; brutality; suppress; suppressed; crackdown; "
    "crack down; cracked down; beat; beaten; beating; violently disperse; "
    "hit; hits; assault; assaulted; attack; attacked",
    # words that contain event cues but name no event: cues inside them are dropped
    "BLOCK": "steal a march; stole a march; stealing a march; steals a march; smoke bomb; smoke bombs; smoke grenade; smoke grenades; paint bomb; paint bombs; firecracker; firecrackers; fireworks; cyberattack; cyberattacks; cyber attack; cyber attacks; cyber - attack; cyber - attacks; "
    "cyber warfare; casualties unknown; fatalities unknown; casualty unknown; casualties are unknown; "
    "casualties were unknown; fatalities are unknown; unknown casualties; unknown fatalities; "
    "air raid siren; air raid sirens; air - raid siren; air - raid sirens; air raid alert; "
    "air raid alerts; air - raid alert; air alert; air alerts; air raid shelter; air raid shelters; "
    "bomb shelter; bomb shelters; fire brigade; fire service; fire department; fire station; "
    "defense ministry; defence ministry; defense minister; defence minister; armed forces; "
    "copper mine; copper mines; coal mine; coal mines; gold mine; gold mines; diamond mine; "
    "diamond mines; salt mine; iron ore mine; uranium mine; lithium mine; tin mine; mine workers; "
    "air force base; drone maker; missile defense; missile defence; riot police; riot policeman; "
    "riot policemen; riot officer; riot officers; riot squad; riot unit; riot units; riot gear; anti - riot; "
    "riot control; riot - control; chemical weapons facility; chemical weapons facilities; "
    "chemical weapons site; chemical weapons sites; chemical weapons program; chemical weapons programme; "
    "chemical weapons stockpile; chemical weapons stockpiles; chemical plant; chemical factory",
    # --- who
    "C_CIVIL": "civilian; civilians; villager; villagers; resident; residents; farmer; farmers; "
    "woman; women; child; children; girl; girls; boy; boys; man; men; student; students; "
    "teacher; journalist; journalists; worker; workers; people; passerby; passer - by; "
    "shopkeeper; trader; traders; family; families; herder; herders; fisherman; fishermen; "
    "pedestrian; pedestrians; elderly; minor; minors; trader; villages; village; residential; "
    "hospital; school; market; mosque; church; house; home; worshipper; worshippers; "
    "displaced; idp; idps; refugee; refugees; activist; activists; priest; doctor; nurse; "
    "aid worker; civilian population; teenager; youth; youths; lawyer; politician; councillor",
    "C_GOV": "forces; army; troops; soldier; soldiers; security force; security forces; police; policeman; "
    "policemen; police officer; officers; military; government force; government forces; "
    "government troops; regime; regime forces; armed forces; national army; national guard; "
    "gendarme; gendarmes; gendarmerie; border guard; border guards; marines; navy; "
    "air force; afghan forces; iraqi forces; saa; tatmadaw; fardc; sndf; sndf; amisom; "
    "peacekeeper; peacekeepers; battalion; brigade; regiment; commander; commanders; "
    "pro - government; state forces; nigerian army; sudanese army",
    "C_REBEL": "rebel; rebels; militant; militants; insurgent; insurgents; isis; isil; daesh; "
    "islamic state; taliban; al - shabaab; al shabaab; shabaab; boko haram; iswap; jihadist; "
    "jihadists; terrorist; terrorists; gunman; gunmen; fighter; fighters; separatist; "
    "separatists; militia; militias; militiamen; houthi; houthis; ansar allah; aqap; hts; "
    "hayat tahrir; al - qaeda; al qaeda; pkk; maoist; maoists; naxal; naxals; naxalite; "
    "naxalites; bandit; bandits; armed group; armed groups; armed men; unidentified armed; "
    "unknown gunmen; ypg; sdf; fsa; opposition; opposition forces; anti - balaka; ex - seleka; "
    "adf; m23; mai - mai; mai mai; cnrd; ndf; jnim; ansaroul; wagner; guerrilla; guerrillas; "
    "armed faction; armed factions; rsf; rapid support forces; tplf; tigrayan forces; tigray forces; "
    "arakan army; kachin independence army; ansar dine; farc; eln; ola; oromo liberation army; fano; "
    "janjaweed; ambazonian; amba boys; hezbollah; hamas; islamic jihad; pdf; people's defence force",
    "C_MILTARGET": "position; positions; base; bases; trench; trenches; checkpoint; checkpoints; outpost; "
    "outposts; convoy; convoys; patrol; patrols; garrison; barracks; stronghold; strongholds; "
    "defensive line; defences; defenses; front line; frontline",
    "C_PROTEST": "rioter; rioters; protester; protesters; protestor; protestors; demonstrator; demonstrators; "
    "student; students; supporters; activists; crowd; rally; march",
    # --- not ACLED events (CASE 2021's extra classes and their kind)
    "X_NATURAL": "high winds; strong winds; temperatures; searing; forest fire; forest fires; brush fire; wildfires; bushfires; hailstorm; blizzard; cold wave; cold snap; frost; mudslide; mudslides; sinkhole; outbreak; disease; flu; influenza; weather; heavy rain; torrential; flood; floods; flooding; earthquake; quake; tremor; cyclone; hurricane; typhoon; "
    "storms; thunderstorm; tropical storm; snowstorm; landslide; landslides; drought; heatwave; heat wave; covid; covid-19; covid - 19; "
    "coronavirus; pandemic; epidemic; cholera; ebola; tsunami; monsoon; rain; rains; "
    "rainfall; downpour; avalanche; lightning; wildfire; bushfire; volcano; eruption; "
    "infection; infections; virus; dengue; malaria; measles; snow; snowfall; famine; "
    "locust; locusts; tornado; magnitude",
    "X_MANMADE": "factory; factories; propane; gas cylinder; gas cylinders; fuel tank; oil tank; tanker; ferry; vessel; ran aground; run aground; sank; sunk; sinking; shipwreck; inferno; flames; smoke; firefighter; power plant; house fire; factory fire; gas explosion; blast furnace; crane; scaffolding; structural; accident; accidents; crash; crashed; collision; collide; collided; derail; "
    "derailed; derailment; capsize; capsized; collapse; collapsed; stampede; "
    "fire broke out; blaze; gas leak; leak; leakage; short circuit; short - circuit; "
    "cylinder; boiler; chemical plant; plant explosion; oil spill; spill; poisoning; hooch; "
    "spurious liquor; drown; drowned; road accident; electrocute; electrocuted; "
    "mishap; industrial; refinery; solvent; solvents; warehouse; fireworks; ammonium nitrate; toxins; toxin; contaminated; firefighters; fire brigade; fire tender; fire tenders; fire broke; caught fire; catch fire",
    "X_CRIME": "corruption; corrupt; scam; scams; bribe; bribes; bribery; laundering; money laundering; embezzle; embezzlement; embezzled; fake currency; syndicate; racket; racketeering; cybercrime; cyber crime; hacker; hackers; hacking; hack; piracy; pirate; pirates; illegal mining; illegal logging; forged; forgery; crime; crimes; illicit; gambling; prostitution; scammer; scammers; ponzi; drug; drugs; narcotic; narcotics; heroin; cocaine; cannabis; marijuana; hashish; "
    "methamphetamine; meth; smuggle; smuggled; smuggler; smugglers; smuggling; trafficking; "
    "trafficker; traffickers; traffick; cartel; cartels; gang; gangs; gangster; gangsters; "
    "mafia; extortion; extort; robbery; robber; robbers; rob; robbed; theft; thief; thieves; "
    "burglary; fraud; counterfeit; poach; poacher; poachers; contraband; ransom; "
    "dacoit; dacoits; dacoity; criminal; criminals; organized crime; organised crime",
    "X_DIPLO": "sanction; sanctions; visit; visited; meet; met; meeting; talks; summit; minister; foreign minister; "
    "ambassador; envoy; bilateral; diplomatic; diplomat; diplomats; delegation; "
    "prime minister; president; secretary; conference; embassy; cooperation; relations; "
    "discuss; discussed; hold talks; held talks; phone call; telephone; call",
}


class CueIndex:
    """All cue sequences, indexed by their first word, for one pass over a span's tokens."""

    def __init__(self, cues: dict[str, str]) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        for name, text in cues.items():
            for seq in _seqs(text):
                self.by_first[seq[0]].append((seq, name))
        for entries in self.by_first.values():
            entries.sort(key=lambda e: -len(e[0]))  # longest cue first

    def hits(self, lemmas: list[str], lowers: list[str]) -> list[tuple[str, int, int]]:
        """(cue name, first token, end token) for every cue occurrence; tokens are span-relative."""
        out: list[tuple[str, int, int]] = []
        n = len(lemmas)
        by_first = self.by_first
        for i in range(n):
            lemma, lower = lemmas[i], lowers[i]
            cands = by_first.get(lemma)
            if lower != lemma and lower in by_first:
                cands = [*(cands or ()), *by_first[lower]]
            if not cands:
                continue  # most words begin no cue
            seen: set[tuple[str, int]] = set()
            for seq, name in cands:
                k = len(seq)
                if i + k > n or (name, k) in seen:
                    continue
                # the first word matched by its bucket; most cues are one word
                if k == 1 or all(seq[j] in (lemmas[i + j], lowers[i + j]) for j in range(1, k)):
                    seen.add((name, k))
                    out.append((name, i, i + k))
        return out


CUE_INDEX = CueIndex(CUES)


# PLOVER triggers: verb or noun lemma -> (PLOVER type, mode). Violent and crowd events are
# coded by the ACLED rules (classify.py); these add the interactions ACLED does not count.
_PLOVER_TRIGGERS: dict[str, str] = {
    "AGREE": "agreement understanding settle agree promise pledge vow offer accept commit guarantee undertake consent assure reassure",
    "CONSULT": "conversation conversations convene dialogue discussion discussions conference meet talk talks visit host discuss negotiate consult negotiation meeting summit mediate call "
    "mediation confer telephone phone arrive travel tour receive negotiator negotiators consultation consultations",
    "SUPPORT": "apology remorse condolence condolences backing endorsement embrace sympathize sympathise solidarity support praise endorse welcome recognize recognise apologize apologise forgive back "
    "backing defend hail commend congratulate thank laud sign ratify upgrade restore applaud "
    "reaffirm vouch normalize normalise approve approval champion advocate salute",
    "CONCEDE": "compromise relent capitulate waive concede yield accede lift ease relax cancel drop rescind revoke legalize legalise "
    "reinstate pardon amnesty legalise allow",
    "COOPERATE": "cooperate collaborate coordinate extradite share exercise exercises partner cooperation collaboration partnership maneuvers manoeuvres "
    "drill drills maneuver manoeuvre",
    "AID": "equip arm resupply subsidize subsidise rescue aid supply ship provide deliver donate assist help supplies shipment send grant fund "
    "finance lend loan shelter contribute airlift assistance delivery airdrop relief donation",
    "RETREAT": "disengage demilitarize demilitarise retreat withdraw flee surrender release free evacuate demobilize demobilise disarm withdrawal resign quit abdicate "
    "return reopen open",
    "REQUEST": "beg solicit request demand ask urge appeal require need seek recommend press insist plead petition "
    "invite order pressure pressurize pressurise lobby implore exhort beseech",
    "ACCUSE": "warrant indictment lambaste lambast assail decry chide scold reproach fault accuse blame criticize criticise condemn denounce investigate probe allegation charge "
    "sue allege deplore rebuke castigate slam censure convict indict complain investigation inquiry "
    "criticism accusation complaint lawsuit summon inspect inspection inspector inspectors monitor examine scrutinize scrutinise denunciation",
    "REJECT": "repudiate reject refuse deny veto decline defy dismiss rebuff spurn oppose resist ignore violate "
    "disregard renege refusal rejection snub",
    "THREATEN": "intimidate blackmail threaten warn threat ultimatum menace warning",
    "SANCTION": "penalize penalise punish withhold blacklist sanction sanctions penalty penalties embargo expel sever suspend recall cut halt "
    "freeze downgrade suspension terminate expulsion",
    "MOBILIZE": "readiness redeploy mobilize mobilise deploy reinforce amass flood mobilization mobilisation alert mass strengthen muster",
    "COERCE": "crackdown repress suppress disperse quell detention raze demolish arrest detain seize confiscate deport ban blockade occupy censor impose jail imprison sentence "
    "restrict prohibit outlaw curfew raid close shut evict dissolve prevent bar",
    "ASSAULT": "hijack behead lynch stab torch attack shell bombard bomb strike smash invade kill fight assault onslaught "
    "bombardment shelling offensive battle fighting raid ambush wound injure destroy hit pound "
    "shoot fire storm kidnap abduct torture assassinate massacre execute clash slaughter",
    "PROTEST": "protest demonstrate rally march picket riot block boycott walkout demonstration",
}
PLOVER_MODE_WORDS: dict[str, tuple[str, str]] = {
    "visit": ("CONSULT", "visit"),
    "host": ("CONSULT", "host"),
    "withdraw": ("RETREAT", "withdraw"),
    "release": ("RETREAT", "release"),
    "arrest": ("COERCE", "arrest"),
    "detain": ("COERCE", "arrest"),
    "deport": ("COERCE", "deport"),
    "confiscate": ("COERCE", "confiscate"),
    "seize": ("COERCE", "confiscate"),
    "ban": ("COERCE", "ban"),
    "expel": ("SANCTION", "expel"),
    "block": ("PROTEST", "obstruct"),
    "picket": ("PROTEST", "demo"),
    "riot": ("PROTEST", "riot"),
    "investigate": ("ACCUSE", "investigate"),
    "inspect": ("ACCUSE", "investigate"),
    "inspection": ("ACCUSE", "investigate"),
    "inspector": ("ACCUSE", "investigate"),
    "monitor": ("ACCUSE", "investigate"),
    "probe": ("ACCUSE", "investigate"),
}
# Verbs that only carry an event noun ("imposed sanctions", "launched a mediation effort"):
# the noun is the event. An authority that orders an act noun ("ordered the mobilisation of
# reservists", "ordered the release of detainees") is coded with that act (CAMEO/PLOVER code the
# act ordered, not a demand); "ordered troops to leave" carries no act noun and stays a demand.
LIGHT_VERBS = {"impose", "launch", "open", "hold", "conduct", "carry", "stage", "lodge", "take", "make",
               "issue", "begin", "start", "announce", "declare", "file", "give", "end", "lead",
               "order"}  # fmt: skip
PLOVER_TRIGGERS: dict[str, str] = {
    w.replace("_", " "): t for t, words in _PLOVER_TRIGGERS.items() for w in words.split()
}
