// COUNTRIES: the countries a profile or a question may name, as data: each one's names in English, in its
// own language and script and in the languages profiles are often written in (Spanish, Portuguese, German,
// French, Russian), its ISO 3166 alpha-2 code, and its big cities and regions (the ones a reader would
// place without looking them up). Names a person is often called (Jordan, Chad) are left out.

/** One country: its names ("/"-joined), its ISO code, then its cities and regions (", "-joined, each "/"-spelled). */
export type CountryRow = readonly [names: string, code: string, places: string];

/** One country a line: names | code | places. */
const TABLE = `
india/bharat/भारत/индия | IN | bengaluru/bangalore, mumbai/bombay, delhi/new delhi, hyderabad, chennai/madras, pune, kolkata/calcutta, ahmedabad, noida, gurugram/gurgaon, jaipur, kochi/cochin, bhopal, indore, coimbatore, chandigarh, lucknow, thiruvananthapuram/trivandrum, nagpur, surat, vadodara, visakhapatnam, mysuru/mysore, mangaluru/mangalore, karnataka, maharashtra, tamil nadu, kerala, telangana, andhra pradesh, west bengal, gujarat, rajasthan, uttar pradesh, madhya pradesh, haryana, odisha, bihar
bangladesh/বাংলাদেশ/бангладеш | BD | dhaka/dacca/ঢাকা, chittagong/chattogram, sylhet, khulna, rajshahi
pakistan/пакистан | PK | karachi, lahore, islamabad, rawalpindi, faisalabad, peshawar, multan
sri lanka/srilanka | LK | colombo, kandy
nepal/नेपाल | NP | kathmandu, pokhara, lalitpur
united states/us/usa/u s/u s a/united states of america/america/estados unidos/eeuu/eua/vereinigte staaten/etats unis/сша/америка/米国/アメリカ/美国 | US | san francisco/sf, palo alto, mountain view, oakland, berkeley, sunnyvale, new york/nyc, new york city, los angeles, washington dc/dc, dallas, houston, pittsburgh, raleigh, salt lake city, minneapolis
canada/canadá/kanada/канада | CA | toronto, vancouver, montreal/montréal, ottawa, calgary, waterloo, edmonton, winnipeg, halifax, quebec city, ontario, quebec/québec, british columbia, alberta, nova scotia, manitoba
united kingdom/uk/u k/great britain/britain/england/scotland/wales/reino unido/vereinigtes konigreich/royaume uni/великобритания/англия | GB | london/лондон, manchester, edinburgh, cambridge, oxford, bristol, leeds, glasgow, birmingham, liverpool, sheffield, nottingham, newcastle, belfast, cardiff, brighton
ireland/eire/irlanda/irland/ирландия | IE | dublin, cork, galway, limerick
germany/deutschland/alemania/alemanha/allemagne/германия/німеччина/niemcy | DE | berlin/берлин, munich/münchen/мюнхен, hamburg/гамбург, cologne/köln, frankfurt, stuttgart, düsseldorf, leipzig, dresden, bremen, bremerhaven, hanover/hannover, nuremberg/nürnberg, dortmund, essen, duisburg, bochum, bonn, münster, karlsruhe, mannheim, heidelberg, aachen, darmstadt, kiel, rostock, potsdam, freiburg, augsburg, wiesbaden, mainz, magdeburg, erfurt, jena, saarbrücken, braunschweig, göttingen, regensburg, würzburg, ulm, oldenburg, osnabrück, paderborn, bielefeld, wuppertal, chemnitz, kassel, lübeck, bavaria/bayern, baden württemberg, north rhine westphalia/nordrhein westfalen/nrw, lower saxony/niedersachsen, hesse/hessen, saxony/sachsen, brandenburg, thuringia/thüringen, schleswig holstein
france/francia/frança/frankreich/франция | FR | paris/париж, lyon, toulouse, marseille, lille, nantes, bordeaux, strasbourg, montpellier, rennes, grenoble
spain/españa/espanha/spanien/espagne/испания | ES | madrid, barcelona, valencia, seville/sevilla, bilbao, malaga/málaga, zaragoza, alicante, granada, catalonia/cataluña/catalunya, andalusia/andalucía, galicia, basque country/país vasco
portugal/португалия | PT | lisbon/lisboa, porto/oporto, braga, coimbra, aveiro, faro
italy/italia/itália/italien/italie/италия | IT | rome/roma, milan/milano, turin/torino, naples/napoli, bologna, florence/firenze, genoa/genova, venice/venezia, padua/padova, verona, pisa
netherlands/holland/the netherlands/nederland/países bajos/niederlande/pays bas/нидерланды | NL | amsterdam, rotterdam, utrecht, eindhoven, the hague/den haag, delft, groningen, leiden
belgium/belgië/belgique/bélgica/belgien/бельгия | BE | brussels/bruxelles/brussel, antwerp/antwerpen, ghent/gent, leuven, liège
switzerland/schweiz/suisse/svizzera/suiza/suíça/швейцария | CH | zurich/zürich, geneva/genève/genf, basel, lausanne, bern
austria/österreich/autriche/австрия | AT | vienna/wien/вена, graz, linz, salzburg, innsbruck
poland/polska/polonia/polônia/polen/pologne/польша | PL | warsaw/warszawa/варшава, krakow/kraków, wroclaw/wrocław, gdansk/gdańsk, poznan/poznań, lodz/łódź, katowice, lublin
czech republic/czechia/česko/чехия | CZ | prague/praha/прага, brno, ostrava
slovakia/slovensko | SK | bratislava, košice
hungary/magyarország/венгрия | HU | budapest, debrecen, szeged
sweden/sverige/suecia/suécia/schweden/suède/швеция | SE | stockholm, gothenburg/göteborg, malmö/malmo, uppsala, linköping
norway/norge/noruega/norwegen/norvège/норвегия | NO | oslo, bergen, trondheim, stavanger
denmark/danmark/dinamarca/dänemark/danemark/дания | DK | copenhagen/københavn, aarhus, odense
finland/suomi/finlandia/finnland/finlande/финляндия | FI | helsinki, espoo, tampere, oulu, turku
estonia/eesti/эстония | EE | tallinn/таллин, tartu
latvia/latvija/латвия | LV | riga/рига
lithuania/lietuva/литва | LT | vilnius/вильнюс, kaunas
ukraine/україна/украина/ucrania/ucrânia | UA | kyiv/kiev/київ/киев, lviv/львів/львов, kharkiv/харків/харьков, odesa/odessa/одеса/одесса, dnipro/дніпро/днепр, zaporizhzhia/запоріжжя/запорожье, vinnytsia/вінниця
belarus/беларусь/белоруссия | BY | minsk/мінск/минск, gomel/гомель, grodno/гродно
moldova/молдова | MD | chisinau/chișinău/кишинев/кишинёв
russia/россия/rossiya/rusia/rússia/russland/russie | RU | moscow/москва/moskva, saint petersburg/st petersburg/санкт петербург/петербург, kazan/казань, novosibirsk/новосибирск, yekaterinburg/екатеринбург, nizhny novgorod/нижний новгород, samara/самара, rostov on don/ростов на дону, krasnodar/краснодар, voronezh/воронеж, perm/пермь, ufa/уфа, chelyabinsk/челябинск, omsk/омск, tomsk/томск, krasnoyarsk/красноярск, innopolis/иннополис
georgia/sakartvelo/საქართველო/грузия | GE | tbilisi/თბილისი/тбилиси, batumi/ბათუმი/батуми, kutaisi/кутаиси
armenia/հայաստան/армения | AM | yerevan/երևան/ереван, gyumri/гюмри
azerbaijan/azərbaycan/азербайджан | AZ | baku/bakı/баку, ganja/гянджа
kazakhstan/qazaqstan/казахстан | KZ | almaty/алматы, astana/астана, shymkent/шымкент, karaganda/караганда
uzbekistan/oʻzbekiston/узбекистан | UZ | tashkent/toshkent/ташкент, samarkand/самарканд
kyrgyzstan/кыргызстан/киргизия | KG | bishkek/бишкек, osh/ош
serbia/србија/сербия | RS | belgrade/beograd/београд/белград, novi sad/нови сад
croatia/hrvatska | HR | zagreb, rijeka
slovenia/slovenija | SI | ljubljana, maribor
bulgaria/българия/болгария | BG | sofia/софия, plovdiv, varna
turkey/türkiye/turkiye/turquía/türkei/turquie/турция | TR | istanbul/стамбул, ankara, izmir, bursa, antalya
romania/românia/румыния | RO | bucharest/bucurești, cluj napoca/cluj, iasi/iași, timisoara/timișoara
greece/ελλάδα/grecia/griechenland/grèce/греция | GR | athens/αθήνα, thessaloniki
cyprus/кипр | CY | nicosia, limassol/лимассол
israel/ישראל/израиль | IL | tel aviv, jerusalem, haifa
egypt/مصر/egipto/egito/ägypten/égypte/египет | EG | cairo/القاهرة, giza
morocco/المغرب/maroc/marruecos/marrocos/марокко | MA | casablanca, rabat, marrakesh/marrakech, tangier/tanger, fes/fez
algeria/algérie/argelia/алжир | DZ | algiers/alger, oran
tunisia/tunisie/túnez/тунис | TN | tunis, sfax, sousse
nigeria/nigéria | NG | lagos, abuja, ibadan, port harcourt, kano, enugu
kenya/quênia | KE | nairobi, mombasa, kisumu
ghana/gana | GH | accra, kumasi
ethiopia/etiopía | ET | addis ababa
uganda | UG | kampala
rwanda | RW | kigali
tanzania | TZ | dar es salaam, dodoma, arusha
cameroon/cameroun | CM | douala, yaoundé
senegal/sénégal | SN | dakar
south africa/suid afrika/sudáfrica/áfrica do sul/südafrika/afrique du sud/юар | ZA | cape town, johannesburg, durban, pretoria
brazil/brasil/brasilien/brésil/бразилия | BR | são paulo/sao paulo, rio de janeiro/rio, belo horizonte, porto alegre, curitiba, recife, salvador, florianópolis/florianopolis, brasília/brasilia, fortaleza, campinas, goiânia/goiania, manaus, belém/belem, joão pessoa/joao pessoa, maceió/maceio, teresina, são luís/sao luis, minas gerais, santa catarina, paraná/parana, pernambuco, bahia, ceará/ceara, rio grande do sul, goiás/goias, paraíba/paraiba, espírito santo
argentina/аргентина | AR | buenos aires, córdoba/cordoba, rosario, mendoza, la plata, mar del plata
mexico/méxico/mexiko/mexique/мексика | MX | mexico city/ciudad de méxico/cdmx, guadalajara, monterrey, puebla, tijuana, querétaro/queretaro, mérida/merida, guanajuato, jalisco, nuevo león/nuevo leon, yucatán/yucatan, chihuahua, sonora, hermosillo, oaxaca, veracruz, aguascalientes, morelia, michoacán/michoacan, san luis potosí/san luis potosi, toluca, cancún/cancun, culiacán/culiacan, sinaloa, baja california
colombia/kolumbien/colombie/колумбия | CO | bogotá/bogota, medellín/medellin, cali, barranquilla, cartagena, bucaramanga
chile/чили | CL | santiago, valparaíso/valparaiso, concepción/concepcion
peru/perú/перу | PE | lima, arequipa, cusco
ecuador/equador | EC | quito, guayaquil, cuenca
venezuela | VE | caracas, maracaibo
uruguay/uruguai | UY | montevideo
paraguay/paraguai | PY | asunción/asuncion
bolivia/bolívia | BO | la paz, santa cruz de la sierra, cochabamba
cuba/куба | CU | havana/la habana
costa rica | CR | san josé
guatemala | GT | guatemala city/ciudad de guatemala
dominican republic/república dominicana | DO | santo domingo
japan/日本/nippon/nihon/japón/japão/japon/япония | JP | tokyo/東京/токио, osaka/大阪, kyoto/京都, yokohama/横浜, fukuoka/福岡, nagoya/名古屋, sapporo/札幌, kobe/神戸, sendai/仙台
south korea/korea/republic of korea/대한민국/한국/corea del sur/coreia do sul/südkorea/corée du sud/южная корея/韩国/韓国 | KR | seoul/서울, busan/부산, incheon/인천, daejeon/대전, jeonju/전주, daegu/대구, gwangju/광주, pangyo/판교, seongnam/성남
china/中国/中國/китай | CN | beijing/北京, shanghai/上海, shenzhen/深圳, hangzhou/杭州, guangzhou/广州, chengdu/成都, wuhan/武汉, nanjing/南京, xian/西安, suzhou/苏州, tianjin/天津, chongqing/重庆, xiamen/厦门
hong kong/香港 | HK |
taiwan/台灣/台湾 | TW | taipei/台北, hsinchu/新竹, taichung/台中, kaohsiung/高雄
singapore/新加坡 | SG |
vietnam/viet nam/việt nam/вьетнам | VN | hanoi/ha noi/hà nội, ho chi minh city/saigon/hồ chí minh, da nang/đà nẵng, hai phong/hải phòng, can tho/cần thơ
indonesia/индонезия | ID | jakarta, bandung, surabaya, yogyakarta, medan, semarang, malang, bali, denpasar
philippines/pilipinas/filipinas | PH | manila, cebu, quezon city, davao, makati, taguig
malaysia | MY | kuala lumpur, penang, johor bahru
thailand/ประเทศไทย/таиланд | TH | bangkok/กรุงเทพ, chiang mai, phuket
mongolia/монгол | MN | ulaanbaatar/улаанбаатар
australia/австралия | AU | sydney, melbourne, brisbane, perth, adelaide, canberra, gold coast, hobart, new south wales, queensland
new zealand/aotearoa | NZ | auckland, wellington, christchurch
uae/united arab emirates/emirates/الإمارات/оаэ | AE | dubai/дубай, abu dhabi, sharjah
saudi arabia/السعودية | SA | riyadh, jeddah, dammam
qatar/قطر | QA | doha
iran/ایران/иран | IR | tehran/تهران, isfahan, shiraz, mashhad, tabriz
iraq/العراق | IQ | baghdad, erbil, basra
lebanon/لبنان | LB | beirut
afghanistan | AF | kabul
`;

export const COUNTRIES: readonly CountryRow[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [names = '', code = '', places = ''] = line.split('|').map((part) => part.trim());
    return [names, code, places] as const;
  });

/** ISO 3166 alpha-2 code → the country's English name, as a reader writes it ("DE" → "Germany"). */
const BY_CODE = new Map(
  COUNTRIES.map(([names, code]) => {
    const name = names.split('/').find((n) => n.length > 3) ?? names;
    return [code, name.replace(/(^| )\p{Ll}/gu, (c) => c.toUpperCase())];
  }),
);

/** The country a JSON Resume's `countryCode` stands for ("US" → "United States"); undefined when unknown. */
export const countryOfCode = (code: string): string | undefined => BY_CODE.get(code.trim().toUpperCase());
