/// Words that are not in `an-array-of-english-words` (a list of common
/// lowercase English words without proper nouns) but are everyday words in
/// news captions: days and months, countries, peoples and languages, regions,
/// US states, large cities, religions, common abbreviations and brand names.
/// `loadWordList` adds them to the list, so none of them is ever marked and
/// glued words can split into them ("turkisand" -> "turkish and").
///
/// One word per entry, lowercase; a multi-word name is listed by its words
/// ("costa", "rica"), since captions are checked word by word.

const CALENDAR = `
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
`;

const COUNTRIES = `
afghanistan albania algeria andorra angola antigua barbuda argentina armenia australia austria
azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
herzegovina botswana brazil brunei bulgaria burkina faso burundi cabo verde cambodia cameroon canada
chad chile china colombia comoros congo costa rica croatia cuba cyprus czechia czech denmark djibouti
dominica dominican ecuador egypt salvador equatorial guinea eritrea estonia eswatini swaziland
ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala bissau guyana
haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius
mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru
nepal netherlands zealand nicaragua niger nigeria macedonia norway oman pakistan palau palestine
panama papua paraguay peru philippines poland portugal qatar romania russia rwanda kitts nevis lucia
grenadines samoa marino principe saudi arabia senegal serbia seychelles sierra leone singapore
slovakia slovenia somalia sudan spain sri lanka suriname sweden switzerland syria taiwan tajikistan
tanzania thailand timor togo tonga trinidad tobago tunisia turkey turkmenistan tuvalu uganda ukraine
emirates uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe
britain england scotland wales greenland tibet gaza crimea donbas kurdistan chechnya yugoslavia ussr
`;

const PEOPLES = `
afghan afghans albanian algerian american americans angolan argentine argentinian armenian australian
austrian azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british
bulgarian burmese cambodian cameroonian canadian chilean chinese colombian congolese croatian cuban
cypriot czech danish dutch ecuadorian egyptian emirati english eritrean estonian ethiopian european
europeans filipino filipinos finnish french georgian german germans ghanaian greek guatemalan haitian
honduran hungarian icelandic indian indians indonesian iranian iranians iraqi iraqis irish israeli
israelis italian jamaican japanese jordanian kazakh kenyan korean koreans kosovar kurd kurds kurdish
kuwaiti kyrgyz laotian latvian lebanese liberian libyan lithuanian malaysian malian maltese mexican
mexicans moldovan mongolian moroccan mozambican namibian nepali nepalese nicaraguan nigerian norwegian
omani pakistani pakistanis palestinian palestinians panamanian paraguayan persian peruvian polish
portuguese qatari romanian russian russians rwandan saudis scottish senegalese serbian singaporean
slovak slovenian somali sudanese spanish swedish swiss syrian syrians taiwanese tajik tanzanian thai
tibetan tunisian turkish turks turkmen ugandan ukrainian ukrainians uruguayan uzbek venezuelan
vietnamese welsh yemeni zambian zimbabwean
african africans asian asians arab arabs arabic hispanic hispanics latino latinos latina caribbean
scandinavian nordic baltic balkan slavic pashtun uighur uyghur uyghurs rohingya hutu tutsi
muslim muslims islamic islamist islamists christian christians jewish jews hindu hindus buddhist
buddhists sikh sikhs sunni sunnis shia shiite shiites catholic catholics protestant evangelical
evangelicals orthodox mormon
`;

const REGIONS = `
africa asia europe america americas antarctica oceania arctic antarctic atlantic pacific
mediterranean balkans caucasus sahara sahel himalayas himalaya alps andes amazon siberia scandinavia
levant kashmir punjab bengal eurasia
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada hampshire jersey york carolina dakota ohio oklahoma
oregon pennsylvania rhode tennessee texas utah vermont virginia washington wisconsin wyoming
london paris berlin moscow beijing tokyo delhi mumbai kabul baghdad tehran damascus beirut jerusalem
cairo istanbul ankara athens rome madrid lisbon brussels amsterdam vienna prague warsaw budapest
bucharest kyiv kiev minsk stockholm oslo copenhagen helsinki dublin edinburgh geneva zurich seoul
pyongyang shanghai taipei manila jakarta bangkok hanoi sydney melbourne toronto montreal vancouver
ottawa chicago boston houston dallas atlanta miami phoenix seattle denver detroit philadelphia
baltimore pittsburgh cleveland nashville austin orlando tampa francisco angeles vegas diego brooklyn
manhattan bronx harlem nairobi lagos johannesburg kathmandu islamabad karachi lahore dhaka riyadh
doha dubai abu dhabi tripoli khartoum mogadishu addis ababa kigali kinshasa caracas bogota lima
santiago havana quito brasilia janeiro paulo buenos aires tijuana hong kong macau ramallah mosul
aleppo kharkiv odesa odessa mariupol bakhmut donetsk luhansk sevastopol vladivostok munich frankfurt
hamburg milan naples barcelona marseille lyon strasbourg hague westminster brexit
`;

const ABBREVIATIONS = `
ok tv usa eu nato covid gdp ceo cnn bbc nbc cbs pbs npr fbi cia nsa nasa dna hiv isis gop nhs uae
imf opec asean brics un unesco unicef fifa nfl nba mlb nhl lgbt lgbtq suv atm ufo ufos
`;

const MODERN = `
youtube iphone iphones selfie selfies wifi bitcoin instagram tiktok microsoft netflix uber whatsapp
covid coronavirus podcast podcasts livestream
`;

function words(block: string): string[] {
  return block.split(/\s+/).filter((w) => w !== '');
}

export const EXTRA_WORDS: readonly string[] = [
  ...words(CALENDAR),
  ...words(COUNTRIES),
  ...words(PEOPLES),
  ...words(REGIONS),
  ...words(ABBREVIATIONS),
  ...words(MODERN),
];

/// Very common English words. Used only as evidence for the letter rules:
/// a run-together pair is only proposed when one half is a word this common
/// (run-together words in captions are nearly always a short common word
/// glued to its neighbour: "theirjob", "turkisand"), so that a long foreign
/// name is not cut into two rare dictionary words.
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  words(`
the be to of and a in that have i it for not on with he as you do at this but his by from they we say
her she or an will my one all would there their what so up out if about who get which go me when make
can like time no just him know take people into year your good some could them see other than then now
look only come its over think also back after use two how our work first well way even new want because
any these give day most us is are was were been has had did does said says going very more much many
where why here those such should must may might still never again each every both own same through off
down before while between under against during without within around across next last long great little
right old big high different small large important public bad able part place case week company system
program question government number night point home water room mother area money story fact month lot
study book eye job word business issue side kind head house service friend father power hour game line
end member law car city community name president team minute idea kid body information school face
others level office door health person art war history party result change morning reason research
girl guy moment air teacher force education country world life hand state family student group problem
thing man woman child news report security military support today tonight show help talk turn start
call try ask need feel become leave put mean keep let begin seem play run move live believe hold bring
happen write provide sit stand lose pay meet include continue set learn lead understand watch follow
stop create speak read allow add spend grow open walk win offer remember love consider appear buy wait
serve die send expect build stay fall cut reach kill remain suggest raise pass sell require decide
were being having doing made told asked went came took gave found thought got seen known given done
three four five six seven eight nine ten hundred thousand million billion percent
yes yeah okay thank thanks please sorry hello today yesterday tomorrow always often already also
really maybe perhaps sure quite almost enough less least few several another something nothing
anything everything someone everyone anyone nobody every whether though although until since once
upon among toward towards above below behind beside near far away together yet ever else instead
rather too why whose whom whatever whenever however wherever am
deal talks trade peace attack attacks troops forces police court vote votes election leader leaders
minister sanctions weapons nuclear economy economic political policy international national foreign
country countries region regional south north east west western eastern central major
`),
);
