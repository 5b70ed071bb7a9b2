package pas

// CountryDataDate is the date of the country classification below: EEA
// membership, adequacy decisions in force and territories needing review,
// as stated by the sources of the domain reference (adequacy decisions up
// to Brazil, January 2026, and the UK renewal of December 2025).
const CountryDataDate = "2026-11-23"

// countryTable lists ISO 3166-1 alpha-2 codes with English and French
// names and the GDPR transfer class: E = EEA (including EU outermost
// regions), A = adequacy decision, P = partial adequacy (scope to verify
// for each importer), R = special territory needing review, T = third
// country. The last column names the compelled-access laws with
// extraterritorial reach known for that jurisdiction.
const countryTable = `
AD|Andorra|Andorre|A|
AE|United Arab Emirates|Émirats arabes unis|T|
AF|Afghanistan|Afghanistan|T|
AG|Antigua and Barbuda|Antigua-et-Barbuda|T|
AI|Anguilla|Anguilla|T|
AL|Albania|Albanie|T|
AM|Armenia|Arménie|T|
AO|Angola|Angola|T|
AQ|Antarctica|Antarctique|T|
AR|Argentina|Argentine|A|
AS|American Samoa|Samoa américaines|T|us
AT|Austria|Autriche|E|
AU|Australia|Australie|T|
AW|Aruba|Aruba|R|
AX|Åland Islands|Îles Åland|E|
AZ|Azerbaijan|Azerbaïdjan|T|
BA|Bosnia and Herzegovina|Bosnie-Herzégovine|T|
BB|Barbados|Barbade|T|
BD|Bangladesh|Bangladesh|T|
BE|Belgium|Belgique|E|
BF|Burkina Faso|Burkina Faso|T|
BG|Bulgaria|Bulgarie|E|
BH|Bahrain|Bahreïn|T|
BI|Burundi|Burundi|T|
BJ|Benin|Bénin|T|
BL|Saint Barthélemy|Saint-Barthélemy|R|
BM|Bermuda|Bermudes|T|
BN|Brunei|Brunei|T|
BO|Bolivia|Bolivie|T|
BQ|Caribbean Netherlands|Pays-Bas caribéens|R|
BR|Brazil|Brésil|A|
BS|Bahamas|Bahamas|T|
BT|Bhutan|Bhoutan|T|
BV|Bouvet Island|Île Bouvet|T|
BW|Botswana|Botswana|T|
BY|Belarus|Biélorussie|T|
BZ|Belize|Belize|T|
CA|Canada|Canada|P|
CC|Cocos (Keeling) Islands|Îles Cocos|T|
CD|Democratic Republic of the Congo|République démocratique du Congo|T|
CF|Central African Republic|République centrafricaine|T|
CG|Republic of the Congo|République du Congo|T|
CH|Switzerland|Suisse|A|
CI|Côte d'Ivoire|Côte d'Ivoire|T|
CK|Cook Islands|Îles Cook|T|
CL|Chile|Chili|T|
CM|Cameroon|Cameroun|T|
CN|China|Chine|T|
CO|Colombia|Colombie|T|
CR|Costa Rica|Costa Rica|T|
CU|Cuba|Cuba|T|
CV|Cabo Verde|Cap-Vert|T|
CW|Curaçao|Curaçao|R|
CX|Christmas Island|Île Christmas|T|
CY|Cyprus|Chypre|E|
CZ|Czechia|Tchéquie|E|
DE|Germany|Allemagne|E|
DJ|Djibouti|Djibouti|T|
DK|Denmark|Danemark|E|
DM|Dominica|Dominique|T|
DO|Dominican Republic|République dominicaine|T|
DZ|Algeria|Algérie|T|
EC|Ecuador|Équateur|T|
EE|Estonia|Estonie|E|
EG|Egypt|Égypte|T|
EH|Western Sahara|Sahara occidental|T|
ER|Eritrea|Érythrée|T|
ES|Spain|Espagne|E|
ET|Ethiopia|Éthiopie|T|
FI|Finland|Finlande|E|
FJ|Fiji|Fidji|T|
FK|Falkland Islands|Îles Malouines|T|
FM|Micronesia|Micronésie|T|
FO|Faroe Islands|Îles Féroé|A|
FR|France|France|E|
GA|Gabon|Gabon|T|
GB|United Kingdom|Royaume-Uni|A|
GD|Grenada|Grenade|T|
GE|Georgia|Géorgie|T|
GF|French Guiana|Guyane|E|
GG|Guernsey|Guernesey|A|
GH|Ghana|Ghana|T|
GI|Gibraltar|Gibraltar|R|
GL|Greenland|Groenland|R|
GM|Gambia|Gambie|T|
GN|Guinea|Guinée|T|
GP|Guadeloupe|Guadeloupe|E|
GQ|Equatorial Guinea|Guinée équatoriale|T|
GR|Greece|Grèce|E|
GS|South Georgia and the South Sandwich Islands|Géorgie du Sud-et-les îles Sandwich du Sud|T|
GT|Guatemala|Guatemala|T|
GU|Guam|Guam|T|us
GW|Guinea-Bissau|Guinée-Bissau|T|
GY|Guyana|Guyana|T|
HK|Hong Kong|Hong Kong|T|
HM|Heard Island and McDonald Islands|Îles Heard-et-MacDonald|T|
HN|Honduras|Honduras|T|
HR|Croatia|Croatie|E|
HT|Haiti|Haïti|T|
HU|Hungary|Hongrie|E|
ID|Indonesia|Indonésie|T|
IE|Ireland|Irlande|E|
IL|Israel|Israël|A|
IM|Isle of Man|Île de Man|A|
IN|India|Inde|T|
IO|British Indian Ocean Territory|Territoire britannique de l'océan Indien|T|
IQ|Iraq|Irak|T|
IR|Iran|Iran|T|
IS|Iceland|Islande|E|
IT|Italy|Italie|E|
JE|Jersey|Jersey|A|
JM|Jamaica|Jamaïque|T|
JO|Jordan|Jordanie|T|
JP|Japan|Japon|P|
KE|Kenya|Kenya|T|
KG|Kyrgyzstan|Kirghizistan|T|
KH|Cambodia|Cambodge|T|
KI|Kiribati|Kiribati|T|
KM|Comoros|Comores|T|
KN|Saint Kitts and Nevis|Saint-Christophe-et-Niévès|T|
KP|North Korea|Corée du Nord|T|
KR|South Korea|Corée du Sud|A|
KW|Kuwait|Koweït|T|
KY|Cayman Islands|Îles Caïmans|T|
KZ|Kazakhstan|Kazakhstan|T|
LA|Laos|Laos|T|
LB|Lebanon|Liban|T|
LC|Saint Lucia|Sainte-Lucie|T|
LI|Liechtenstein|Liechtenstein|E|
LK|Sri Lanka|Sri Lanka|T|
LR|Liberia|Liberia|T|
LS|Lesotho|Lesotho|T|
LT|Lithuania|Lituanie|E|
LU|Luxembourg|Luxembourg|E|
LV|Latvia|Lettonie|E|
LY|Libya|Libye|T|
MA|Morocco|Maroc|T|
MC|Monaco|Monaco|T|
MD|Moldova|Moldavie|T|
ME|Montenegro|Monténégro|T|
MF|Saint Martin (French part)|Saint-Martin|E|
MG|Madagascar|Madagascar|T|
MH|Marshall Islands|Îles Marshall|T|
MK|North Macedonia|Macédoine du Nord|T|
ML|Mali|Mali|T|
MM|Myanmar|Birmanie|T|
MN|Mongolia|Mongolie|T|
MO|Macao|Macao|T|
MP|Northern Mariana Islands|Îles Mariannes du Nord|T|us
MQ|Martinique|Martinique|E|
MR|Mauritania|Mauritanie|T|
MS|Montserrat|Montserrat|T|
MT|Malta|Malte|E|
MU|Mauritius|Maurice|T|
MV|Maldives|Maldives|T|
MW|Malawi|Malawi|T|
MX|Mexico|Mexique|T|
MY|Malaysia|Malaisie|T|
MZ|Mozambique|Mozambique|T|
NA|Namibia|Namibie|T|
NC|New Caledonia|Nouvelle-Calédonie|R|
NE|Niger|Niger|T|
NF|Norfolk Island|Île Norfolk|T|
NG|Nigeria|Nigeria|T|
NI|Nicaragua|Nicaragua|T|
NL|Netherlands|Pays-Bas|E|
NO|Norway|Norvège|E|
NP|Nepal|Népal|T|
NR|Nauru|Nauru|T|
NU|Niue|Niue|T|
NZ|New Zealand|Nouvelle-Zélande|A|
OM|Oman|Oman|T|
PA|Panama|Panama|T|
PE|Peru|Pérou|T|
PF|French Polynesia|Polynésie française|R|
PG|Papua New Guinea|Papouasie-Nouvelle-Guinée|T|
PH|Philippines|Philippines|T|
PK|Pakistan|Pakistan|T|
PL|Poland|Pologne|E|
PM|Saint Pierre and Miquelon|Saint-Pierre-et-Miquelon|R|
PN|Pitcairn Islands|Îles Pitcairn|T|
PR|Puerto Rico|Porto Rico|T|us
PS|Palestine|Palestine|T|
PT|Portugal|Portugal|E|
PW|Palau|Palaos|T|
PY|Paraguay|Paraguay|T|
QA|Qatar|Qatar|T|
RE|Réunion|La Réunion|E|
RO|Romania|Roumanie|E|
RS|Serbia|Serbie|T|
RU|Russia|Russie|T|
RW|Rwanda|Rwanda|T|
SA|Saudi Arabia|Arabie saoudite|T|
SB|Solomon Islands|Îles Salomon|T|
SC|Seychelles|Seychelles|T|
SD|Sudan|Soudan|T|
SE|Sweden|Suède|E|
SG|Singapore|Singapour|T|
SH|Saint Helena, Ascension and Tristan da Cunha|Sainte-Hélène, Ascension et Tristan da Cunha|T|
SI|Slovenia|Slovénie|E|
SJ|Svalbard and Jan Mayen|Svalbard et Jan Mayen|T|
SK|Slovakia|Slovaquie|E|
SL|Sierra Leone|Sierra Leone|T|
SM|San Marino|Saint-Marin|T|
SN|Senegal|Sénégal|T|
SO|Somalia|Somalie|T|
SR|Suriname|Suriname|T|
SS|South Sudan|Soudan du Sud|T|
ST|São Tomé and Príncipe|Sao Tomé-et-Principe|T|
SV|El Salvador|Salvador|T|
SX|Sint Maarten|Saint-Martin (partie néerlandaise)|R|
SY|Syria|Syrie|T|
SZ|Eswatini|Eswatini|T|
TC|Turks and Caicos Islands|Îles Turques-et-Caïques|T|
TD|Chad|Tchad|T|
TF|French Southern and Antarctic Lands|Terres australes et antarctiques françaises|R|
TG|Togo|Togo|T|
TH|Thailand|Thaïlande|T|
TJ|Tajikistan|Tadjikistan|T|
TK|Tokelau|Tokelau|T|
TL|Timor-Leste|Timor oriental|T|
TM|Turkmenistan|Turkménistan|T|
TN|Tunisia|Tunisie|T|
TO|Tonga|Tonga|T|
TR|Türkiye|Turquie|T|
TT|Trinidad and Tobago|Trinité-et-Tobago|T|
TV|Tuvalu|Tuvalu|T|
TW|Taiwan|Taïwan|T|
TZ|Tanzania|Tanzanie|T|
UA|Ukraine|Ukraine|T|
UG|Uganda|Ouganda|T|
UM|United States Minor Outlying Islands|Îles mineures éloignées des États-Unis|T|us
US|United States|États-Unis|P|us
UY|Uruguay|Uruguay|A|
UZ|Uzbekistan|Ouzbékistan|T|
VA|Vatican City|Vatican|T|
VC|Saint Vincent and the Grenadines|Saint-Vincent-et-les-Grenadines|T|
VE|Venezuela|Venezuela|T|
VG|British Virgin Islands|Îles Vierges britanniques|T|
VI|United States Virgin Islands|Îles Vierges des États-Unis|T|us
VN|Vietnam|Viêt Nam|T|
VU|Vanuatu|Vanuatu|T|
WF|Wallis and Futuna|Wallis-et-Futuna|R|
WS|Samoa|Samoa|T|
YE|Yemen|Yémen|T|
YT|Mayotte|Mayotte|E|
ZA|South Africa|Afrique du Sud|T|
ZM|Zambia|Zambie|T|
ZW|Zimbabwe|Zimbabwe|T|
`

// countryAliases are other names and abbreviations people type for a
// country, in French or English (compared folded: lower case, no accents,
// punctuation as spaces, so "U.S.A." is "u s a"). Two-letter ISO codes
// are not repeated here, and an abbreviation that is another country's
// code (RU: Russia, not Royaume-Uni) is left to the code.
var countryAliases = map[string]string{
	"usa": "US", "u s a": "US", "u s": "US", "etats unis d amerique": "US", "united states of america": "US",
	"america": "US", "amerique": "US", "the united states": "US", "the us": "US",
	"uk": "GB", "u k": "GB", "great britain": "GB", "grande bretagne": "GB", "britain": "GB", "angleterre": "GB",
	"england": "GB", "ecosse": "GB", "scotland": "GB", "pays de galles": "GB", "wales": "GB",
	"irlande du nord": "GB", "northern ireland": "GB", "the united kingdom": "GB",
	"czech republic": "CZ", "republique tcheque": "CZ", "holland": "NL", "hollande": "NL",
	"the netherlands": "NL", "nederland": "NL", "deutschland": "DE", "rfa": "DE",
	"espana": "ES", "italia": "IT", "belgie": "BE", "schweiz": "CH", "svizzera": "CH", "confederation helvetique": "CH",
	"eire": "IE", "osterreich": "AT", "polska": "PL", "sverige": "SE", "suomi": "FI", "danmark": "DK", "norge": "NO",
	"eau": "AE", "uae": "AE", "emirats": "AE", "emirates": "AE",
	"turkey": "TR", "turquia": "TR", "korea": "KR", "south korea": "KR", "republic of korea": "KR", "coree": "KR",
	"coree du sud": "KR", "north korea": "KP", "coree du nord": "KP",
	"prc": "CN", "rpc": "CN", "people s republic of china": "CN", "republique populaire de chine": "CN",
	"hongkong": "HK", "ivory coast": "CI", "swaziland": "SZ", "burma": "MM", "myanmar": "MM",
	"vatican": "VA", "holy see": "VA", "saint siege": "VA",
	"russian federation": "RU", "federation de russie": "RU", "macedoine": "MK", "macedonia": "MK",
	"reunion": "RE", "ile de la reunion": "RE", "la reunion": "RE", "guyane francaise": "GF", "french guiana": "GF",
	"polynesie": "PF", "caledonie": "NC", "belarus": "BY", "bielorussie": "BY",
	"taiwan": "TW", "cape verde": "CV", "east timor": "TL", "viet nam": "VN",
}
