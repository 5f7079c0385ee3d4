/**
 * A small built-in lexicon of things people recommend in forum answers, so that the same
 * advice in different words lands in one suggestion: a drug's brand, generic and class names
 * ("Flexeril", "cyclobenzaprine", "muscle relaxer"), supplements ("mag glycinate", "magnesium
 * supplements"), techniques and products. General knowledge, not tied to any one thread.
 *
 * A concept may name a broader `parent` ("muscle relaxant" → "medication"): a sentence that
 * names the concept also carries the parent's key, so "different meds" meets "Flexeril".
 */

export interface Concept {
  id: string;
  /** The generic name shown in labels ("muscle relaxant"). */
  name: string;
  /** Broader concept id, if any. */
  parent?: string;
  /** Surface forms, lowercase; matched word by word, plurals aside ("muscle relaxers" matches "muscle relaxer"); other inflections are listed. */
  forms: string[];
  /** Specific names (brands, drugs, products) shown in parentheses after the generic name. */
  instances?: string[];
  /** Forms only recognised in this exact case, for short words that are also common words ("TENS", "PT"). */
  cased?: string[];
  /**
   * Forms (among `forms`) naming the fault the advice cures ("overwatering" for "water less"):
   * telling the reader not to ("Stop overwatering", "Don't overwater") advises the concept.
   */
  faults?: string[];
  /**
   * Forms (among `forms`) that are also verbs: followed by what they act on or a particle
   * ("BOOK the appointment", "book it", "booked out"), they are the verb, not the concept.
   */
  verbs?: string[];
  /**
   * Forms (among `forms`) that, counted ("one NODE on each floor", "a node"), are a plain thing,
   * not the concept.
   */
  counted?: string[];
}

/** Concepts, grouped loosely by field. Forms are tried longest first, so "exercise ball" beats "exercise". */
export const CONCEPTS: readonly Concept[] = [
  // Medication
  { id: 'medication', name: 'medication', forms: ['medication', 'meds', 'medicine'] },
  {
    id: 'muscle-relaxant',
    name: 'muscle relaxant',
    parent: 'medication',
    forms: ['muscle relaxant', 'muscle relaxer', 'relaxant', 'relaxer'],
    instances: [
      'flexeril',
      'cyclobenzaprine',
      'soma',
      'carisoprodol',
      'zanaflex',
      'tizanidine',
      'baclofen',
      'methocarbamol',
      'robaxin',
      'skelaxin',
      'metaxalone',
    ],
  },
  {
    id: 'benzodiazepine',
    name: 'benzodiazepine',
    parent: 'medication',
    forms: ['benzodiazepine', 'benzo'],
    instances: ['valium', 'diazepam', 'klonopin', 'clonazepam', 'xanax', 'alprazolam', 'ativan', 'lorazepam'],
  },
  {
    id: 'nsaid',
    name: 'anti-inflammatory',
    parent: 'medication',
    forms: ['nsaid', 'anti-inflammatory', 'anti inflammatory', 'antiinflammatory'],
    instances: [
      'ibuprofen',
      'advil',
      'motrin',
      'naproxen',
      'aleve',
      'aspirin',
      'diclofenac',
      'voltaren',
      'celebrex',
      'meloxicam',
    ],
  },
  {
    id: 'painkiller',
    name: 'painkiller',
    parent: 'medication',
    forms: ['painkiller', 'pain killer', 'pain reliever', 'pain medication'],
    instances: ['acetaminophen', 'paracetamol', 'tylenol'],
  },
  {
    id: 'opioid',
    name: 'opioid',
    parent: 'medication',
    forms: ['opioid', 'opiate', 'narcotic'],
    instances: ['hydrocodone', 'oxycodone', 'vicodin', 'percocet', 'codeine', 'tramadol', 'morphine'],
  },
  {
    id: 'antidepressant',
    name: 'antidepressant',
    parent: 'medication',
    forms: ['antidepressant', 'ssri', 'snri'],
    instances: [
      'sertraline',
      'zoloft',
      'prozac',
      'fluoxetine',
      'lexapro',
      'escitalopram',
      'wellbutrin',
      'bupropion',
      'cymbalta',
      'duloxetine',
    ],
  },
  {
    id: 'beta-blocker',
    name: 'beta blocker',
    parent: 'medication',
    forms: ['beta blocker', 'beta-blocker'],
    instances: ['propranolol', 'inderal', 'metoprolol', 'atenolol', 'nadolol'],
  },
  {
    id: 'triptan',
    name: 'triptan',
    parent: 'medication',
    forms: ['triptan'],
    instances: ['sumatriptan', 'imitrex', 'rizatriptan', 'maxalt', 'zolmitriptan', 'eletriptan', 'relpax'],
  },
  // Medicated shampoos go by their active ingredient or their brand: "a shampoo with
  // ketoconazole, like Nizoral" and "Nthing Nizoral" are one suggestion.
  {
    id: 'ketoconazole',
    name: 'ketoconazole shampoo',
    parent: 'medication',
    forms: ['ketoconazole', 'ketoconazol'],
    instances: ['nizoral'],
  },
  {
    id: 'zinc-pyrithione',
    name: 'zinc pyrithione shampoo',
    parent: 'medication',
    forms: ['zinc pyrithione', 'pyrithione zinc'],
    instances: ['head & shoulders', 'head and shoulders'],
  },
  {
    id: 'antacid',
    name: 'antacid',
    parent: 'medication',
    forms: ['antacid', 'proton pump inhibitor'],
    instances: [
      'omeprazole',
      'prilosec',
      'esomeprazole',
      'nexium',
      'pantoprazole',
      'famotidine',
      'pepcid',
      'tums',
    ],
  },
  {
    id: 'antihistamine',
    name: 'antihistamine',
    parent: 'medication',
    forms: ['antihistamine'],
    instances: ['benadryl', 'diphenhydramine', 'zyrtec', 'cetirizine', 'claritin', 'loratadine', 'allegra'],
  },
  {
    // "Add a steroid nose spray" and "Nasal spray is the game changer" are one remedy.
    id: 'nasal-spray',
    name: 'a steroid nasal spray',
    parent: 'medication',
    forms: ['nasal spray', 'nose spray', 'steroid spray', 'nasal steroid'],
    instances: ['flonase', 'fluticasone', 'nasacort', 'beconase', 'nasonex', 'mometasone', 'triamcinolone'],
  },
  {
    id: 'steroid',
    name: 'steroid',
    parent: 'medication',
    forms: ['steroid', 'corticosteroid', 'cortisone', 'prednisone'],
  },
  {
    id: 'injection',
    name: 'injection',
    forms: ['injection', 'nerve block'],
    instances: ['lidocaine', 'botox'],
  },
  // "Weed" alone is as often the garden's ("it keeps the weeds down").
  {
    id: 'cannabis',
    name: 'cannabis',
    forms: ['cannabis', 'marijuana', 'smoke weed', 'smoking weed', 'weed gummy', 'cbd', 'thc', 'edible'],
  },
  // Supplements
  {
    id: 'electrolyte',
    name: 'electrolytes',
    parent: 'supplement',
    forms: [
      'electrolyte',
      'magnesium',
      'potassium',
      'mag oxide',
      'mag glycinate',
      'mag citrate',
      'mag chloride',
      'epsom salt',
    ],
  },
  // The class alone ("supplements", "vitamins"): a parent, since every supplement named below
  // also carries it ("try magnesium" meets "supplements helped"). Each named supplement is a
  // concept of its own, so one that only one answer names is still listed ("take melatonin").
  { id: 'supplement', name: 'supplement', forms: ['supplement', 'supplementation'] },
  {
    id: 'vitamin',
    name: 'vitamins',
    parent: 'supplement',
    forms: [
      'vitamin',
      'multivitamin',
      'multi vitamin',
      'vitamin d',
      'vitamin d3',
      'vitamin b12',
      'b12',
      'vitamin c',
    ],
  },
  {
    id: 'fish-oil',
    name: 'fish oil',
    parent: 'supplement',
    forms: ['fish oil', 'omega 3', 'omega3', 'cod liver oil'],
  },
  { id: 'melatonin', name: 'melatonin', parent: 'supplement', forms: ['melatonin'] },
  { id: 'zinc', name: 'zinc', parent: 'supplement', forms: ['zinc'] },
  {
    id: 'iron',
    name: 'iron',
    parent: 'supplement',
    forms: ['iron supplement', 'iron tablet', 'iron pill', 'ferritin'],
  },
  { id: 'turmeric', name: 'turmeric', parent: 'supplement', forms: ['turmeric', 'curcumin'] },
  { id: 'creatine', name: 'creatine', parent: 'supplement', forms: ['creatine'] },
  { id: 'probiotic', name: 'probiotics', parent: 'supplement', forms: ['probiotic', 'probiotics'] },
  // Treatments and therapies
  {
    id: 'physical-therapy',
    name: 'physical therapy',
    forms: ['physical therapy', 'physical therapist', 'physio', 'physiotherapy', 'physiotherapist'],
    cased: ['PT', 'PTs'],
  },
  { id: 'massage', name: 'massage', forms: ['massage', 'masseuse', 'massage therapist', 'deep tissue'] },
  {
    id: 'foam-roller',
    name: 'foam roller',
    forms: ['foam roller', 'foam rolling', 'foam roll', 'lacrosse ball', 'massage ball'],
  },
  { id: 'chiropractor', name: 'chiropractor', forms: ['chiropractor', 'chiropractic', 'chiro'] },
  { id: 'osteopath', name: 'osteopath', forms: ['osteopath', 'osteopathy', 'osteopathic'] },
  { id: 'acupuncture', name: 'acupuncture', forms: ['acupuncture', 'acupuncturist', 'dry needling'] },
  { id: 'tens', name: 'TENS unit', forms: ['tens unit', 'tens machine'], cased: ['TENS'] },
  { id: 'traction', name: 'traction', forms: ['traction', 'inversion table'] },
  { id: 'ultrasound', name: 'ultrasound', forms: ['ultrasound'] },
  { id: 'xray', name: 'x-ray', forms: ['x ray', 'xray', 'mri', 'ct scan', 'mri scan', 'imaging'] },
  {
    id: 'brace',
    name: 'brace',
    forms: ['brace', 'back brace', 'knee brace', 'wrist brace', 'support belt', 'splint'],
  },
  // Claims "curly brace" before the medical brace can: code threads talk of braces a lot.
  { id: 'code-brace', name: 'braces', forms: ['curly brace', 'square bracket', 'brace expansion'] },
  {
    id: 'heat-cold',
    name: 'heat',
    forms: [
      'heat',
      'heating pad',
      'hot water bottle',
      'heat pack',
      'hot bath',
      'warm bath',
      'ice',
      'ice pack',
      'cold pack',
      'cold compress',
    ],
  },
  // Not heat for pain: a heating cable wrapped round a pipe against freezing.
  { id: 'heat-tape', name: 'heat tape', forms: ['heat tape', 'heat cable', 'heating cable', 'heat trace'] },
  {
    id: 'therapy',
    name: 'therapy',
    forms: [
      'therapist',
      'therapy',
      'counselor',
      'counsellor',
      'counseling',
      'counselling',
      'psychologist',
      'psychiatrist',
      'cbt',
    ],
  },
  // The insomnia treatment sleep doctors give first, an app or a course as often as a therapist.
  {
    id: 'cbt-insomnia',
    name: 'CBT-I',
    forms: ['cbt-i', 'cbti', 'cbt for insomnia', 'cognitive behavioral therapy for insomnia', 'cbt-i coach'],
  },
  {
    id: 'couples-therapy',
    name: 'couples therapy',
    forms: [
      'couples therapy',
      'couples therapist',
      'couples counseling',
      'couples counselling',
      'couples counselor',
      'couple therapy',
      'marriage counseling',
      'marriage counselling',
      'marriage counselor',
      'marriage counsellor',
      'marital counseling',
    ],
  },
  {
    id: 'support-group',
    name: 'a support group',
    forms: [
      'support group',
      'al anon',
      'alanon',
      'nar anon',
      'alcoholics anonymous',
      'narcotics anonymous',
      'aa meeting',
    ],
  },
  { id: 'lawyer', name: 'lawyer', forms: ['lawyer', 'attorney', 'solicitor', 'mediator', 'legal advice'] },
  // Doctors: "see a doctor", "your GP", "a dermatologist" are one piece of advice, to have it
  // looked at; the specialist is named in the label ("see a doctor (dermatologist)"). Not a
  // parent of the specialists: a parent concept is a weaker key, and this is the advice itself.
  {
    id: 'doctor',
    name: 'see a doctor',
    forms: [
      'doctor',
      'physician',
      'general practitioner',
      'family doctor',
      'primary care',
      'primary care doctor',
      'primary care physician',
      'pcp',
      'medical professional',
      'medical attention',
      'get it checked out',
      'get it looked at',
    ],
    cased: ['GP', 'GPs'],
    instances: [
      'dermatologist',
      'pediatrician',
      'paediatrician',
      'neurologist',
      'gastroenterologist',
      'cardiologist',
      'allergist',
      'endocrinologist',
      'gynecologist',
      'gynaecologist',
      'obgyn',
      'urologist',
      'rheumatologist',
      'orthopedist',
      'orthopedic surgeon',
      'podiatrist',
      'ophthalmologist',
      'optometrist',
      'eye doctor',
      'ent doctor',
      'sleep specialist',
      'sleep study',
    ],
  },
  {
    id: 'emergency',
    name: 'urgent care or the ER',
    forms: ['urgent care', 'emergency room', 'emergency department', 'ambulance', 'a&e', 'walk in clinic'],
    cased: ['ER'],
  },
  { id: 'dentist', name: 'a dentist', forms: ['dentist', 'orthodontist', 'endodontist', 'oral surgeon'] },
  {
    id: 'blood-test',
    name: 'blood tests',
    forms: ['blood test', 'blood work', 'bloodwork', 'blood panel', 'lab work'],
  },
  {
    id: 'vet',
    name: 'a vet',
    forms: ['vet', 'veterinarian', 'veterinary', 'animal hospital', 'emergency vet'],
  },
  {
    id: 'animal-trainer',
    name: 'a trainer',
    forms: [
      'dog trainer',
      'behaviorist',
      'behaviourist',
      'obedience class',
      'obedience training',
      'puppy class',
      'training class',
    ],
  },
  { id: 'crate', name: 'a crate', forms: ['crate', 'crate training', 'crate train', 'crate trained'] },
  // Exercise and movement
  {
    id: 'strength',
    name: 'strength training',
    forms: [
      'strength training',
      'strength exercise',
      'strengthened',
      'strengthens',
      'strengthen',
      'strengthening',
      'strength',
      'weight training',
      'weightlifting',
      'lifting weights',
      'resistance training',
      'core exercise',
      'core muscle',
      'core strength',
      'compound exercise',
      'functional exercise',
      'exercise',
      'exercises',
      'exercising',
      'workout',
      'working out',
    ],
  },
  {
    id: 'hips',
    name: 'hips',
    forms: [
      'hip',
      'hip flexor',
      'hip hinge',
      'hip stretch',
      'hip opener',
      'hip mobility',
      'pelvic tilt',
      'pelvic alignment',
    ],
  },
  {
    id: 'exercise-ball',
    name: 'exercise ball',
    forms: ['exercise ball', 'stability ball', 'yoga ball', 'balance ball'],
  },
  {
    id: 'yoga',
    name: 'yoga',
    forms: ['yoga', 'iyengar', 'hatha', 'vinyasa', 'yin yoga', 'restorative yoga'],
  },
  { id: 'pilates', name: 'pilates', forms: ['pilates'] },
  { id: 'tai-chi', name: 'tai chi', forms: ['tai chi', 'qigong', 'qi gong'] },
  { id: 'walking', name: 'walking', forms: ['walk', 'walking', 'walked', 'hike', 'hiking'] },
  // A beginner's running plan, by its name and its initials.
  { id: 'couch-to-5k', name: 'Couch to 5K', forms: ['couch to 5k', 'couch to 5 k', 'c25k'] },
  // "Walk you through": not exercise. Longest match claims it first.
  {
    id: 'walkthrough',
    name: 'a walkthrough',
    forms: ['walk through', 'walk you through', 'walkthrough'],
  },
  // "Walk her back to her own bed every time", "walking them back": returning a child to bed,
  // not exercise.
  {
    id: 'back-to-bed',
    name: 'walk them back to bed',
    forms: [
      'back to bed',
      'back to her bed',
      'back to his bed',
      'back to their bed',
      'back to her own bed',
      'back to his own bed',
      'back to their own bed',
      'back to her room',
      'back to his room',
      'back to their room',
    ].concat(
      ['walk', 'walking', 'walked', 'take', 'taking', 'put', 'putting', 'lead', 'leading'].flatMap((v) =>
        ['her', 'him', 'them'].map((o) => `${v} ${o} back`),
      ),
    ),
  },
  // "Freeze, then walk away", "Walking away works": leaving, not exercise.
  { id: 'walk-away', name: 'walk away', forms: ['walk away', 'walking away', 'walked away', 'walks away'] },
  {
    id: 'swimming',
    name: 'swimming',
    forms: ['swim', 'swimming', 'swam', 'aqua aerobics', 'water aerobics'],
  },
  { id: 'cycling', name: 'cycling', forms: ['cycling', 'bike ride', 'biking'] },
  { id: 'running', name: 'running', forms: ['jogging', 'jog', 'go running', 'go for a run'] },
  {
    id: 'posture',
    name: 'posture',
    forms: [
      'posture',
      'standing desk',
      'sit stand desk',
      'sitting less',
      'sit less',
      'less sitting',
      'ergonomic',
      'ergonomics',
    ],
  },
  {
    id: 'meditation',
    name: 'meditation',
    forms: ['meditation', 'meditate', 'meditating', 'mindfulness', 'breathing exercise'],
  },
  {
    id: 'sleep',
    name: 'sleep',
    forms: ['sleep', 'sleeping', 'more sleep', 'sleep more', 'bed rest'],
  },
  // Snoring: three answers apart from sleep itself, each with its own ways of saying it.
  {
    id: 'sleep-apnea',
    name: 'a sleep apnea test',
    forms: ['sleep apnea', 'sleep apnoea', 'apnea', 'apnoea', 'sleep study', 'cpap'],
  },
  {
    id: 'side-sleeping',
    name: 'sleep on the side',
    // The tennis ball sewn into a shirt is how side sleeping is kept up.
    forms: [
      'sleep on his side',
      'sleep on her side',
      'sleep on your side',
      'sleep on their side',
      'sleeping on his side',
      'sleeping on your side',
      'side sleeping',
      'tennis ball',
    ],
  },
  {
    id: 'separate-bedrooms',
    name: 'separate bedrooms',
    forms: [
      'separate bedroom',
      'separate room',
      'separate bed',
      'sleep apart',
      'sleep separately',
      'sleep divorce',
    ],
  },
  {
    // Not "sleep": "no naps on day one" and "shift your sleep earlier" are two pieces of advice.
    id: 'nap',
    name: 'nap',
    forms: ['nap', 'napping', 'naps', 'power nap'],
  },
  {
    id: 'caffeine',
    name: 'less caffeine',
    forms: ['caffeine', 'coffee', 'decaf', 'energy drink', 'caffeinated'],
  },
  {
    id: 'alcohol',
    name: 'alcohol',
    // Not "wine" or "beer": a recipe's wine is no advice on drinking.
    forms: ['alcohol', 'booze', 'alcoholic drink', 'alcoholic beverage', 'nightcap'],
  },
  {
    id: 'diary',
    name: 'keep a diary',
    // Not "journal" alone: on a forum it is as often a scientific journal.
    forms: [
      'diary',
      'headache diary',
      'food diary',
      'symptom diary',
      'sleep diary',
      'symptom tracker',
      'keep a log',
      'keep track of',
      'track what you eat',
      'journaling',
      'keep a journal',
    ],
  },
  {
    id: 'protein',
    name: 'more protein',
    forms: ['protein', 'more protein', 'protein shake', 'protein powder', 'whey', 'whey protein'],
  },
  {
    id: 'diet',
    name: 'diet',
    forms: ['diet', 'nutrition', 'eat more', 'eat less'],
  },
  {
    id: 'hydration',
    name: 'drink water',
    forms: [
      'hydrate',
      'hydrated',
      'hydrating',
      'hydration',
      'dehydrated',
      'dehydration',
      'water intake',
      'drink water',
      'drink more water',
      'drink lots of water',
      'drink plenty of water',
      'drinking water',
      'drinking more water',
      'drinking lots of water',
    ],
  },
  {
    id: 'stay-awake',
    name: 'stay awake',
    // "Stay up until 9pm": the particle makes the advice, which "up" alone, a function word, cannot.
    forms: ['stay up', 'stay awake', 'staying up', 'staying awake', 'keep yourself awake', 'stay up late'],
  },
  {
    // Its own concept so that "stay up to date" is not staying awake.
    id: 'up-to-date',
    name: 'stay up to date',
    forms: ['stay up to date', 'keep up to date', 'staying up to date', 'stay up-to-date', 'keep up-to-date'],
  },
  {
    id: 'daylight',
    name: 'daylight',
    // Not "daylight" alone: "daylight saving time" is no light to get.
    forms: [
      'sunlight',
      'sun light',
      'morning light',
      'natural light',
      'morning sun',
      'light therapy',
      'light box',
      'sad lamp',
      'in daylight',
      'get daylight',
      'daylight exposure',
    ],
  },
  // Relationships and family
  {
    id: 'apology',
    name: 'an apology',
    forms: ['apology', 'apologize', 'apologise', 'apologizing', 'apologising', 'apologized', 'apologised'],
  },
  {
    id: 'conversation',
    name: 'talk it through',
    // Not "discussion": in a forum it is mostly the thread itself ("this discussion").
    forms: [
      'talk to',
      'talk with',
      // Not "talking to" alone: "talking to a real person" (to learn a language) is practice.
      'talking to them',
      'talking to him',
      'talking to her',
      'conversation',
      'communicate',
      'communication',
      'chat with',
      'have a chat',
      'friendly chat',
      'talk it out',
      'talk it over',
      'sit down with',
      // "Tell her directly", "speak to him": said to the person, it is the same conversation.
      'tell her',
      'tell him',
      'tell them',
      'speak to',
      'speak with',
      // "Just ask him, nicely": asked of the person, it is the same conversation (not "ask them",
      // mostly a shop or a company).
      'ask him',
      'ask her',
    ],
  },
  {
    id: 'boundaries',
    name: 'set boundaries',
    forms: [
      'set boundary',
      'set a boundary',
      'setting boundary',
      'firm boundary',
      'clear boundary',
      'healthy boundary',
      'your boundary',
      'boundary setting',
    ],
  },
  {
    id: 'no-contact',
    name: 'no contact',
    forms: [
      'no contact',
      'low contact',
      'cut contact',
      'cut them off',
      'cut him off',
      'cut her off',
      'limit contact',
      'limit your contact',
    ],
  },
  {
    id: 'break-up',
    name: 'end the relationship',
    // "Break up the work into chunks" is no breakup: only breaking up with someone.
    forms: [
      'break up with',
      'breaking up with',
      'broke up with',
      'breakup',
      'dtmfa',
      'end the relationship',
      'divorce',
      'divorcing',
      'get divorced',
      'leave him',
      'leave her',
      'leave them',
      'leave your boyfriend',
      'leave your girlfriend',
      'leave your husband',
      'leave your wife',
      'leave your partner',
      'end this relationship',
      'end your relationship',
      'dump him',
      'dump her',
      'walk away from him',
      'walk away from her',
    ],
  },
  // Parenting
  // Ellyn Satter's rule for picky eaters: the parent decides what, the child how much.
  {
    id: 'division-of-responsibility',
    name: 'the division of responsibility',
    forms: ['division of responsibility', 'ellyn satter', 'satter'],
  },
  {
    id: 'sleep-training',
    name: 'sleep training',
    forms: [
      'sleep training',
      'sleep train',
      'sleep trained',
      'ferber',
      'ferberize',
      'ferberizing',
      'ferber method',
      'cry it out',
      'controlled crying',
      'graduated extinction',
    ],
  },
  // The gentler way parents weigh against crying it out: its own advice, not sleep training's.
  {
    id: 'chair-method',
    name: 'the chair method',
    forms: ['chair method', 'sleep lady shuffle', 'gradual retreat', 'camping out', 'pick up put down'],
  },
  {
    id: 'white-noise',
    name: 'white noise',
    forms: [
      'white noise',
      'white noise machine',
      'sound machine',
      'noise machine',
      'pink noise',
      'brown noise',
    ],
  },
  // Time alone with one child, a parent's full attention: the usual answer to jealousy of a sibling.
  {
    id: 'one-on-one-time',
    name: 'one-on-one time',
    forms: [
      'one on one time',
      'one on one',
      'special time',
      'quality time',
      'individual time',
      'mommy time',
      'daddy time',
      'mama time',
      'papa time',
    ],
  },
  { id: 'swaddle', name: 'swaddling', forms: ['swaddle', 'swaddling', 'swaddled', 'sleep sack'] },
  { id: 'pacifier', name: 'a pacifier', forms: ['pacifier', 'binky', 'paci', 'soother'] },
  {
    id: 'bedtime-routine',
    name: 'a bedtime routine',
    forms: ['bedtime routine', 'bed time routine', 'sleep routine', 'consistent routine'],
  },
  {
    id: 'screen-time',
    name: 'less screen time',
    forms: [
      'screen time',
      'screentime',
      'screen limit',
      'screens before bed',
      'screen before bed',
      'phone in bed',
      'phone before bed',
      'phone at night',
      'blue light',
    ],
  },
  // The sleep doctors' first rule: the same wake-up time every day, the bedtime follows.
  {
    id: 'wake-time',
    name: 'wake up at the same time every day',
    forms: [
      'same time every day',
      'same time every morning',
      'same time each day',
      'same time each morning',
      'same wake time',
      'same wake up time',
      'consistent wake time',
      'consistent wake up time',
      'regular wake time',
      'fixed wake time',
      'same bedtime',
      'consistent bedtime',
      'consistent sleep schedule',
      'regular sleep schedule',
    ],
  },
  {
    id: 'childcare',
    name: 'childcare',
    forms: [
      'daycare',
      'day care',
      'childcare',
      'child care',
      'babysitter',
      'baby sitter',
      'au pair',
      'preschool',
    ],
  },
  {
    id: 'visual-schedule',
    name: 'a visual schedule',
    forms: [
      'visual schedule',
      'picture schedule',
      'picture chart',
      'routine chart',
      'visual timer',
      'visual routine',
    ],
  },
  // Gifts
  {
    id: 'experience-gift',
    name: 'an experience',
    // Not "experience" alone: "in my experience" is how a forum says what happened to it.
    forms: [
      'an experience',
      'experience gift',
      'experience rather than',
      'experiences rather than',
      'experience instead',
      'experiences instead',
      'experiences over things',
      'experiences not things',
    ],
  },
  // Neighbours and getting help
  {
    id: 'written-note',
    name: 'leave a note',
    forms: [
      'polite note',
      'friendly note',
      'handwritten note',
      'leave a note',
      'left a note',
      'leaving a note',
      'write a note',
      'wrote a note',
      // "A note worked for us": the note said to have worked is the one left.
      'note worked',
      'note helped',
      'friendly letter',
      'polite letter',
      'write them a letter',
      'write a letter',
    ],
  },
  {
    id: 'report-it',
    name: 'report it',
    forms: [
      'animal control',
      'code enforcement',
      'report it to the city',
      'call the city',
      'noise complaint',
      'file a complaint',
      'report them',
      'report it',
    ],
  },
  {
    id: 'earplugs',
    name: 'earplugs',
    forms: ['earplug', 'ear plug', 'noise cancelling', 'noise canceling', 'ear defender'],
  },
  {
    id: 'hotline',
    name: 'a helpline',
    forms: [
      'hotline',
      'helpline',
      'crisis line',
      'crisis text line',
      'dv hotline',
      'domestic violence hotline',
      'samaritans',
    ],
  },
  {
    id: 'change-password',
    name: 'change your password',
    forms: [
      'passcode',
      'new password',
      'change your password',
      'change the password',
      'change your pin',
      'lock your phone',
      'screen lock',
    ],
  },
  {
    // A leaked secret: revoking it and issuing a new one are one deed, whatever the site calls it.
    // (Never "revoke" alone: "they revoked his licence" is no key.)
    id: 'revoke-key',
    name: 'revoke the key and make a new one',
    forms: [
      'revoke the key',
      'revoke your key',
      'revoke the token',
      'revoke your token',
      'revoke the secret',
      'revoke the credentials',
      'revoke it',
      'revoked it',
      'rotate the key',
      'rotate your key',
      'rotate the secret',
      'rotate your secret',
      'rotate the token',
      'rotate your token',
      'rotate the credentials',
      'rotate your credentials',
      'rotate credentials',
      'rotating the key',
      'rotating your key',
      'regenerate the key',
      'regenerate your key',
      'regenerate the token',
      'roll the key',
      'new api key',
    ],
  },
  // Making friends
  {
    id: 'join-group',
    name: 'join a club or group',
    forms: [
      'join a club',
      'sports league',
      'rec league',
      'join a league',
      'local league',
      'meetup',
      'meet up group',
      'meetup group',
      'social group',
      'hobby group',
      'join a group',
      'run club',
      'running club',
      'running group',
      'board game night',
      'book club',
      'climbing gym',
    ],
  },
  // Accepting what others offer, apart from inviting them yourself ("be the one who invites").
  {
    id: 'say-yes',
    name: 'say yes to invitations',
    // The invitation said with it is part of the form: "invites" alone is the other advice.
    forms: [
      'say yes',
      'saying yes',
      'say yes to every invitation',
      'say yes to every invite',
      'say yes to invitations',
      'say yes to all invitations',
      'accept every invitation',
      'accept invitations',
      'accept every invite',
    ],
  },
  {
    id: 'volunteer',
    name: 'volunteer',
    forms: ['volunteer', 'volunteering', 'volunteered', 'volunteer work'],
  },
  // School
  { id: 'ged', name: 'a GED', forms: ['ged', 'high school equivalency', 'hiset'] },
  {
    id: 'community-college',
    name: 'community college',
    forms: ['community college', 'junior college', 'local college'],
  },
  {
    id: 'trade-school',
    name: 'a trade',
    forms: [
      'trade school',
      'vocational school',
      'vocational training',
      'apprenticeship',
      'learn a trade',
      'skilled trade',
      'the trades',
    ],
  },
  {
    id: 'online-course',
    name: 'online courses',
    forms: ['online course', 'online class', 'mooc', 'free course'],
    instances: ['coursera', 'udemy', 'edx', 'khan academy', 'codecademy', 'freecodecamp'],
  },
  // Work
  {
    id: 'paper-trail',
    name: 'keep a paper trail',
    forms: [
      'paper trail',
      'document everything',
      'documenting everything',
      'get it in writing',
      'put it in writing',
      'in writing',
      'written record',
      'keep records',
      'keep notes',
      'recap email',
      'follow up email',
    ],
  },
  {
    id: 'manager',
    name: 'talk to your manager',
    // Not "manager" alone: "package manager", "window manager" are software.
    forms: [
      'your manager',
      'my manager',
      'the manager',
      'your boss',
      'my boss',
      'boss',
      'supervisor',
      'your supervisor',
      'skip level',
      'line manager',
      // A student's supervisor is their advisor ("Talk to your advisor about weekly deadlines").
      'your advisor',
      'your adviser',
      'my advisor',
      'thesis advisor',
      'phd advisor',
      'academic advisor',
    ],
  },
  {
    id: 'job-search',
    name: 'look for a new job',
    forms: [
      'new job',
      'another job',
      'different job',
      'job hunt',
      'job hunting',
      'job search',
      'start applying',
      'find a new job',
      'quit your job',
      'leave your job',
      'update your resume',
      'polish your resume',
    ],
  },
  {
    id: 'pomodoro',
    name: 'Pomodoro technique',
    forms: [
      'pomodoro',
      'pomodoro technique',
      'pomodoros',
      '25 minute sprint',
      '25 minute block',
      '25 minute timer',
      'work in sprints',
      'timeboxing',
      'time boxing',
    ],
  },
  {
    id: 'small-steps',
    name: 'break it into small steps',
    forms: [
      'small step',
      'tiny step',
      'baby step',
      'small chunk',
      'smaller chunk',
      'tiny chunk',
      'small task',
      'smaller task',
      'tiny task',
      'break it down',
      'break them down',
      'break it into',
      'break task',
      'break the task',
      'break your task',
      'breaking it down',
      'breaking them down',
      'breaking it into',
      'breaking the task',
      'breaking task',
    ],
  },
  {
    id: 'body-doubling',
    name: 'body doubling',
    forms: [
      'body doubling',
      'body double',
      'accountability buddy',
      'accountability partner',
      'study buddy',
      'work alongside',
    ],
  },
  { id: 'hr', name: 'HR', forms: ['human resources', 'hr department'], cased: ['HR'] },
  {
    id: 'recruiter',
    name: 'a recruiter',
    forms: ['recruiter', 'headhunter', 'staffing agency', 'recruiting agency', 'recruitment agency'],
  },
  {
    id: 'resume',
    name: 'your résumé',
    // "Resume" alone is as often the verb ("resume the download").
    forms: ['résumé', 'your resume', 'my resume', 'the resume', 'a resume', 'curriculum vitae'],
    cased: ['CV', 'CVs'],
  },
  {
    id: 'negotiate',
    name: 'negotiate',
    forms: ['negotiate', 'negotiating', 'negotiation', 'negotiated', 'counter offer', 'counteroffer'],
  },
  // Who names a salary first: the rule negotiators give, put many ways.
  {
    id: 'number-first',
    name: 'naming a number first',
    forms: [
      'first number',
      'number first',
      'name a number',
      'name a figure',
      'give a number',
      'say a number',
      // A number, not a range ("Give a specific number, odd numbers look researched").
      'specific number',
      'exact number',
      'precise number',
      'salary expectations first',
      'number out first',
    ],
  },
  // Home
  // "Sprinkle talcum powder into the gaps", "Talc works for a few weeks": one powder.
  { id: 'talc', name: 'talcum powder', forms: ['talcum powder', 'talcum', 'talc', 'baby powder'] },
  {
    id: 'landlord',
    name: 'your landlord',
    forms: ['landlord', 'property manager', 'property management', 'letting agent'],
  },
  // The kitchen: weighing, not measuring by volume ("use a scale, cups are inaccurate").
  {
    id: 'kitchen-scale',
    name: 'a kitchen scale',
    forms: [
      'kitchen scale',
      'food scale',
      'digital scale',
      'baking scale',
      'use a scale',
      'get a scale',
      'buy a scale',
      'by weight',
      'weigh your flour',
      'weigh the flour',
      'weigh your ingredients',
      'weigh everything',
    ],
  },
  {
    id: 'declutter',
    name: 'declutter',
    forms: [
      'declutter',
      'decluttering',
      'decluttered',
      'purge',
      'konmari',
      'marie kondo',
      'less stuff',
      'fewer things',
      'get rid of half your stuff',
      'get rid of half of your stuff',
      'get rid of most of your stuff',
      'get rid of stuff',
      'get rid of things',
      'get rid of your stuff',
    ],
  },
  {
    id: 'automatic-feeder',
    name: 'automatic feeder',
    forms: [
      'automatic feeder',
      'automatic cat feeder',
      'automatic pet feeder',
      'auto feeder',
      'autofeeder',
      'timed feeder',
      'timer feeder',
      'programmable feeder',
    ],
  },
  // Plants
  {
    id: 'overwatering',
    name: 'water less',
    forms: [
      'overwater',
      'overwatering',
      'overwatered',
      'over water',
      'over watering',
      'water less',
      'watering less',
      'less water',
      'too much water',
      'let the soil dry',
      'let it dry out',
      'watering too much',
      'water too much',
      'too much watering',
      'dry out between',
      'dry out before you water',
      'only water when',
    ],
    faults: [
      'overwater',
      'overwatering',
      'overwatered',
      'over water',
      'over watering',
      'too much water',
      'watering too much',
      'water too much',
      'too much watering',
    ],
  },
  {
    id: 'fertilizer',
    name: 'fertilizer',
    forms: ['fertilizer', 'fertiliser', 'fertilize', 'fertilise', 'plant food', 'compost', 'fish emulsion'],
  },
  {
    id: 'contest-ticket',
    name: 'contest it in court',
    forms: [
      'go to court',
      'contest it',
      'contest the ticket',
      'fight the ticket',
      'plead not guilty',
      'request a hearing',
      'court date',
    ],
  },
  {
    id: 'traffic-school',
    name: 'traffic school',
    forms: ['traffic school', 'defensive driving', 'driving course', 'driver improvement'],
  },
  // Damp
  {
    id: 'exhaust-fan',
    name: 'run the exhaust fan',
    forms: ['exhaust fan', 'bathroom fan', 'vent fan', 'extractor fan', 'ventilation', 'ventilate'],
  },
  { id: 'dehumidifier', name: 'a dehumidifier', forms: ['dehumidifier', 'dehumidify', 'dehumidifying'] },
  // Cars
  {
    id: 'car-inspection',
    name: 'a pre-purchase inspection',
    forms: [
      'pre purchase inspection',
      'prepurchase inspection',
      'independent mechanic',
      'have a mechanic',
      'get a mechanic',
      'trusted mechanic',
      'mechanic look at it',
      'get it inspected',
      'have it inspected',
    ],
    cased: ['PPI'],
  },
  {
    id: 'cleaning-service',
    name: 'a cleaning service',
    forms: [
      'cleaning service',
      'cleaning lady',
      'cleaning person',
      'cleaning company',
      'house cleaner',
      'housecleaner',
      'housekeeper',
      'maid service',
      'hire a cleaner',
      'get a cleaner',
    ],
  },
  {
    id: 'enzyme-cleaner',
    name: 'an enzyme cleaner',
    forms: ['enzyme cleaner', 'enzymatic cleaner', 'enzyme spray', 'enzymatic spray', 'enzyme based cleaner'],
    instances: ["nature's miracle", 'natures miracle', 'rocco roxie'],
  },
  {
    // Oxygen bleach is no chlorine bleach: "OxiClean on the grout" and "use bleach if it's mold"
    // are two remedies, and the warnings about bleach's fumes are not about the first.
    id: 'oxygen-bleach',
    name: 'oxygen bleach',
    forms: ['oxygen bleach', 'oxygenated bleach', 'sodium percarbonate', 'oxi clean'],
    instances: ['oxiclean'],
  },
  {
    id: 'bleach',
    name: 'bleach',
    forms: ['bleach', 'chlorine bleach', 'bleach solution'],
    instances: ['clorox'],
  },
  {
    id: 'obd-scan',
    name: 'read the engine code',
    forms: [
      'obd',
      'obd2',
      'obdii',
      'obd ii',
      'obd2 scanner',
      'obd scanner',
      'obd reader',
      'code reader',
      'code scanner',
      'scan tool',
      'read the code',
      'code read',
      'codes read',
      'pull the code',
    ],
    instances: ['autozone', 'advance auto', "o'reilly"],
  },
  // Someone who does it for a living: "Hire a pro" / "Call a pest control company". (A plumber
  // or an electrician is a trade of its own: threads weigh calling one against doing it yourself.)
  {
    id: 'professional',
    name: 'hire a professional',
    forms: [
      'hire a pro',
      'call a pro',
      'get a pro',
      'call in a pro',
      'hire a professional',
      'call a professional',
      'pest control',
      'exterminator',
    ],
  },
  { id: 'plumber', name: 'a plumber', forms: ['plumber', 'plumbing company'] },
  { id: 'electrician', name: 'an electrician', forms: ['electrician'] },
  {
    id: 'police',
    name: 'the police',
    forms: ['police', 'cop', 'police report', 'police department', 'non emergency line'],
  },
  // Reading
  { id: 'book', name: 'book', forms: ['book'], verbs: ['book'] },
  // Listened to, not read: under "won't read books" an audiobook is advice of its own.
  { id: 'audiobook', name: 'audiobook', forms: ['audiobook', 'audio book'] },
  // Software
  { id: 'nodejs', name: 'Node.js', forms: ['node', 'nodejs', 'node js'], counted: ['node'] },
  { id: 'typescript', name: 'TypeScript', forms: ['typescript', 'tsc', 'ts node'] },
  { id: 'babel', name: 'Babel', forms: ['babel', 'transpiler', 'transpile'] },
  { id: 'bundler', name: 'a bundler', forms: ['webpack', 'rollup', 'parcel', 'esbuild', 'vite', 'bundler'] },
  // Python's usual fix for installing into the system's interpreter.
  {
    id: 'virtualenv',
    name: 'a virtual environment',
    forms: ['virtual environment', 'virtual env', 'virtualenv', 'venv', 'conda environment'],
  },
  // What a package ships built ("load the dist version", "the full bundled version", "src
  // folder instead of the dist folder"): the usual fix for loading a library's source by mistake.
  {
    id: 'build-output',
    name: 'the built file (dist)',
    forms: [
      'dist',
      'dist folder',
      'dist directory',
      'dist version',
      'dist file',
      'bundled version',
      'bundled file',
      'built file',
      'built version',
      'build output',
      'compiled version',
      'compiled file',
      'minified version',
    ],
  },
  { id: 'regex', name: 'a regular expression', forms: ['regex', 'regexp', 'regular expression'] },
  {
    id: 'restart',
    name: 'restart',
    forms: [
      'restart',
      'restarting',
      'restarted',
      'reboot',
      'rebooting',
      'rebooted',
      'power cycle',
      'power cycling',
      'turn it off and on',
      'turn it off and on again',
      'turn it off and back on',
    ],
  },
  // Starting over is not restarting: "reinstall Windows", "do a clean install of the OS".
  {
    id: 'reinstall',
    name: 'reinstall',
    forms: [
      'reinstall',
      'reinstalling',
      'reinstalled',
      'clean install',
      'fresh install',
      'factory reset',
      'reset to factory',
      'reformat',
      'reformatting',
      'nuke and pave',
    ],
  },
  {
    id: 'drivers',
    name: 'updated drivers',
    // "Driver" alone is mostly someone driving: only a device's driver counts.
    forms: [
      'graphics driver',
      'gpu driver',
      'video driver',
      'display driver',
      'network driver',
      'wifi driver',
      'wireless driver',
      'audio driver',
      'chipset driver',
      'printer driver',
      'device driver',
      'driver update',
      'latest driver',
      'update driver',
      'update the driver',
      'update your driver',
      'updating driver',
      'updating the driver',
      'updating your driver',
    ],
  },
  { id: 'firmware', name: 'firmware update', forms: ['firmware', 'bios', 'bios update', 'uefi'] },
  { id: 'ssd', name: 'an SSD', forms: ['ssd', 'solid state drive', 'solid state disk', 'nvme'] },
  {
    id: 'ram',
    name: 'more RAM',
    // "Memory" alone is mostly someone's memory: only more of it, or an upgrade, is RAM.
    forms: ['more memory', 'memory upgrade', 'more ram', 'ram upgrade', 'ram stick', 'dimm'],
    cased: ['RAM'],
  },
  {
    id: 'backup',
    name: 'backups',
    forms: ['backup', 'backing up', 'offsite backup', 'cloud backup'],
    instances: ['time machine', 'backblaze', 'carbonite', 'crashplan'],
  },
  {
    id: 'antivirus',
    name: 'a malware scan',
    forms: ['antivirus', 'anti virus', 'virus scan', 'malware scan', 'virus scanner', 'malware scanner'],
    instances: ['malwarebytes'],
  },
  { id: 'safe-mode', name: 'safe mode', forms: ['safe mode'] },
  {
    id: 'clear-cache',
    name: 'clear the cache',
    forms: [
      'clear cache',
      'clear the cache',
      'clear your cache',
      'clearing the cache',
      'clearing your cache',
      'cleared the cache',
      'clear cookie',
      'clear your cookie',
      'clear the cookie',
      'browser cache',
      'hard refresh',
      'incognito',
      'private window',
    ],
  },
  {
    id: 'cdn-purge',
    name: 'purge the CDN cache',
    forms: [
      'purge the cache',
      'purge cache',
      'purge everything',
      'cdn cache',
      'cloudflare cache',
      'edge cache',
      'invalidate the cache',
      'cache invalidation',
    ],
  },
  {
    id: 'cache-busting',
    name: 'cache busting',
    forms: [
      'cache busting',
      'cache bust',
      'cache buster',
      'cachebusting',
      'version hash',
      'content hash',
      'hashed filename',
      'fingerprinted asset',
    ],
  },
  {
    id: 'sudo',
    name: 'sudo',
    forms: [
      'sudo',
      'as root',
      'root user',
      'root privilege',
      'root permission',
      'run as administrator',
      'as admin',
      'as an administrator',
    ],
  },
  {
    id: 'wired',
    name: 'a wired connection',
    // Not powerline or MoCA adapters: "run an ethernet cable" and "powerline adapters" are two
    // fixes, the second for where no cable can run.
    forms: [
      'ethernet',
      'ethernet cable',
      'wired connection',
      'wired backhaul',
      'ethernet backhaul',
      'wired access point',
      'network cable',
      'lan cable',
      'cat6',
      'cat5',
      'cat5e',
    ],
  },
  {
    id: 'powerline',
    name: 'powerline adapters',
    forms: ['powerline', 'powerline adapter', 'moca', 'moca adapter'],
  },
  {
    id: 'mesh-wifi',
    name: 'mesh Wi-Fi',
    // Not range extenders: "Don't bother with range extenders… Get a mesh" sets one against the other.
    // Nor an access point: one on a cable upstairs is the wired fix.
    forms: ['mesh network', 'mesh wifi', 'mesh system', 'mesh router'],
    instances: ['eero', 'orbi', 'google wifi', 'nest wifi'],
  },
  {
    id: 'wifi-extender',
    name: 'a Wi-Fi extender',
    forms: ['range extender', 'wifi extender', 'wireless extender', 'wifi repeater', 'wireless repeater'],
  },
  {
    id: 'password-manager',
    name: 'a password manager',
    forms: ['password manager'],
    instances: ['bitwarden', '1password', 'lastpass', 'keepass', 'keepassxc', 'dashlane'],
  },
  {
    id: 'two-factor',
    name: 'two-factor authentication',
    forms: ['2fa', 'mfa', 'two factor', 'multi factor', 'authenticator', 'authenticator app', 'security key'],
    instances: ['yubikey'],
  },
  { id: 'vpn', name: 'a VPN', forms: ['vpn'] },
  // Doing less of it at first: "Start small." / "Seconding start small."; "Go slower." / "Slow down."
  {
    id: 'start-small',
    name: 'start small',
    forms: ['start small', 'starting small', 'start smaller', 'begin small', 'start with small'],
  },
  {
    id: 'go-slower',
    name: 'go slower',
    forms: [
      'go slower',
      'go slow',
      'going slower',
      'run slower',
      'slow down',
      'slower pace',
      'slow your pace',
    ],
  },
  // Waiting it out: "Patience.", "Give it more time.", "be patient", "Keep going." say one thing.
  {
    id: 'patience',
    name: 'give it time',
    forms: [
      'patience',
      'be patient',
      'give it time',
      'give it more time',
      'give it some time',
      'give them time',
      'give him time',
      'give her time',
      'wait it out',
      'keep going',
      'keep at it',
      'stick it out',
      'stick with it',
      'hang in there',
    ],
  },
  // Money and everyday life
  { id: 'budget', name: 'a budget', forms: ['budget', 'budgeting', 'spreadsheet', 'ynab'] },
  { id: 'index-fund', name: 'index funds', forms: ['index fund', 'etf', 'vanguard', 'fidelity'] },
  {
    id: 'emergency-fund',
    name: 'an emergency fund',
    forms: ['emergency fund', 'rainy day fund'],
  },
  // Where to keep one is other advice than having one ("Where should I keep my emergency fund?").
  {
    id: 'high-yield-savings',
    name: 'a high-yield savings account',
    forms: [
      'high yield savings',
      'high yield savings account',
      'high interest savings',
      'hysa',
      'savings account',
    ],
  },
  {
    id: 'retirement-account',
    name: 'a retirement account',
    forms: ['401k', '403b', 'roth', 'roth ira', 'traditional ira', 'retirement account', 'pension'],
    cased: ['IRA', 'IRAs'],
  },
  {
    id: 'pay-off-debt',
    name: 'pay off debt',
    forms: [
      'pay off debt',
      'pay off your debt',
      'pay off the debt',
      'pay down debt',
      'pay down your debt',
      'paying off debt',
      'debt snowball',
      'debt avalanche',
      'credit card debt',
    ],
  },
  {
    id: 'financial-advisor',
    name: 'a financial advisor',
    forms: ['financial advisor', 'financial adviser', 'financial planner', 'fee only advisor', 'fiduciary'],
  },
  {
    id: 'accountant',
    name: 'an accountant',
    forms: ['accountant', 'tax preparer', 'tax professional', 'tax advisor'],
    cased: ['CPA'],
  },
];

/**
 * A light normal form for lexicon matching: lowercase with plural endings removed. Porter
 * stems are too eager here ("medical" and "medication" both stem to "medic", "cycle" and
 * "cycling" to "cycl"), so lexicon forms list their inflections instead.
 */
export function lexStem(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:xes|ches|shes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** A lexicon form compiled to stems, for matching against a sentence's stem sequence. */
export interface Form {
  concept: Concept;
  stems: string[];
  /** Exact-case surface for `cased` forms. */
  cased?: string;
  instance: boolean;
  /** The form as the lexicon spells it, for labels ("Flexeril" for a misspelt "Flexiril"). */
  text: string;
  /** Names the fault the concept cures (see `Concept.faults`). */
  fault?: true;
  /** Also a verb (see `Concept.verbs`). */
  verb?: true;
  /** Counted, a plain thing (see `Concept.counted`). */
  counted?: true;
}

/** Forms indexed by their first stem: a sentence is matched in one pass, whatever the lexicon's size. */
export interface CompiledLexicon {
  byFirst: Map<string, Form[]>;
  cased: Map<string, Form>;
  concepts: Map<string, Concept>;
  /** Single-word names of 6+ letters and generic forms of 13+, for catching misspellings ("Flexiril"). */
  fuzzyTargets: { word: string; form: Form }[];
}

function words(form: string): string[] {
  return form
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

let compiled: CompiledLexicon | null = null;

/** The lexicon compiled once per process (stemming every form on first use). */
export function lexicon(): CompiledLexicon {
  if (compiled) return compiled;
  const byFirst = new Map<string, Form[]>();
  const cased = new Map<string, Form>();
  const concepts = new Map<string, Concept>();
  const fuzzyTargets: { word: string; form: Form }[] = [];
  const add = (concept: Concept, surface: string, instance: boolean): void => {
    const ws = words(surface);
    if (ws.length === 0) return;
    const form: Form = { concept, stems: ws.map(lexStem), instance, text: surface };
    if (concept.faults?.includes(surface)) form.fault = true;
    if (concept.verbs?.includes(surface)) form.verb = true;
    if (concept.counted?.includes(surface)) form.counted = true;
    const first = form.stems[0]!;
    const list = byFirst.get(first);
    if (list) list.push(form);
    else byFirst.set(first, [form]);
    // Names are misspelt and never ordinary words; a generic form only when long enough that
    // a near miss is not another word ("relaxed" is not "relaxer", "conversion" not "conversation").
    const w = ws[0]!;
    if (ws.length === 1 && ((instance && w.length >= 6) || w.length >= 13))
      fuzzyTargets.push({ word: w, form });
  };
  for (const c of CONCEPTS) {
    concepts.set(c.id, c);
    for (const f of c.forms) add(c, f, false);
    for (const f of c.instances ?? []) add(c, f, true);
    for (const f of c.cased ?? [])
      cased.set(f, { concept: c, stems: [f.toLowerCase()], cased: f, instance: false, text: f });
  }
  // Longest forms first so "exercise ball" wins over "exercise".
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  compiled = { byFirst, cased, concepts, fuzzyTargets };
  return compiled;
}

/** Damerau–Levenshtein distance capped at `max` (returns max + 1 when above). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n]!;
}

const FUZZY = new Map<string, Form | null>();

/**
 * The lexicon entry a misspelt word stands for ("flexiril" → Flexeril, "benzodiazpene" →
 * benzodiazepine): one edit up to 11 letters, two from 12. Memoised per distinct word.
 */
export function fuzzyForm(word: string): Form | null {
  if (word.length < 6) return null;
  const hit = FUZZY.get(word);
  if (hit !== undefined) return hit;
  const max = word.length >= 12 ? 2 : 1;
  let best: Form | null = null;
  for (const t of lexicon().fuzzyTargets) {
    // Same first letter: misspellings rarely change it, and it spares most comparisons.
    if (t.word[0] !== word[0] || t.word === word) continue;
    if (editDistance(word, t.word, max) <= max) {
      best = t.form;
      break;
    }
  }
  if (FUZZY.size > 20_000) FUZZY.clear();
  FUZZY.set(word, best);
  return best;
}

/** The parent concept's key of a concept key ("c:muscle-relaxant" → "c:medication"), if any. */
export function parentKeyOf(key: string): string | undefined {
  if (!key.startsWith('c:')) return undefined;
  const parent = lexicon().concepts.get(key.slice(2))?.parent;
  return parent ? 'c:' + parent : undefined;
}
