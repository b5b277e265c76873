/**
 * The gazetteer Jisr ships: the four countries, their first-level divisions (Yemen's governorates, Morocco's
 * regions, Jordan's and Palestine's governorates) and their main cities, in Arabic (as published, with the
 * spelling variants news uses) and in Latin script, each with its parent, so a place resolves to a chain up to
 * its country. Ids follow the seed graph's: `place:<country>[-<division>[-<city>]]` (`place:ye-lahj`,
 * `place:ps-jenin-jenin`); Moroccan cities hang under their 2015 region but keep the short id `place:ma-<city>`
 * the seed graph already uses for Casablanca.
 *
 * `cue: true` marks a name that is also an everyday word or another country («البيضاء» white, «الشرق» east,
 * «عمان» Oman, «القدس» a Casablanca neighbourhood too): it is read as this place only after a place word
 * («محافظة», «مدينة», «ب…», «في») or in an article already placed in its country.
 */
import { type PlaceKind } from '../../model/vocabulary';

export interface GazetteerEntry {
  readonly id: string;
  readonly kind: PlaceKind;
  readonly nameAr: string;
  readonly nameEn: string;
  /** Arabic spelling variants and Latin names. */
  readonly aliases: readonly string[];
  /** The id of the place it lies in; null for a country. */
  readonly parent: string | null;
  readonly cue?: boolean;
}

type Row = readonly [slug: string, nameAr: string, nameEn: string, aliases?: readonly string[], cue?: boolean];

function country(code: string, nameAr: string, nameEn: string, aliases: readonly string[]): GazetteerEntry {
  return { id: `place:${code}`, kind: 'COUNTRY', nameAr, nameEn, aliases, parent: null };
}

/** First-level divisions: each is also found as «محافظة X» (or «جهة X» in Morocco). */
function divisions(code: string, word: string, rows: readonly Row[]): GazetteerEntry[] {
  return rows.map(([slug, nameAr, nameEn, aliases = [], cue]) => ({
    id: `place:${code}-${slug}`, kind: 'GOVERNORATE', nameAr, nameEn, aliases: [`${word} ${nameAr}`, ...aliases], parent: `place:${code}`, ...(cue ? { cue } : {}),
  }));
}

/** Cities under a division: `place:<code>-<division>-<slug>`, or `place:<code>-<slug>` when `shortIds`. */
function cities(code: string, division: string, rows: readonly Row[], shortIds = false): GazetteerEntry[] {
  return rows.map(([slug, nameAr, nameEn, aliases = [], cue]) => ({
    id: shortIds ? `place:${code}-${slug}` : `place:${code}-${division}-${slug}`, kind: 'CITY', nameAr, nameEn,
    aliases: [`مدينة ${nameAr}`, ...aliases], parent: `place:${code}-${division}`, ...(cue ? { cue } : {}),
  }));
}

export const GAZETTEER: readonly GazetteerEntry[] = [
  country('ye', 'اليمن', 'Yemen', ['الجمهورية اليمنية', 'Republic of Yemen']),
  ...divisions('ye', 'محافظة', [
    ['amanat-al-asimah', 'أمانة العاصمة', 'Amanat al-Asimah', ['امانة العاصمة صنعاء', "Sana'a City"]],
    ['sanaa', 'صنعاء', "Sana'a", ['Sanaa', 'Sana’a']], ['aden', 'عدن', 'Aden', ['العاصمة عدن', 'العاصمة المؤقتة عدن']], ['taiz', 'تعز', 'Taiz', ["Ta'izz"]],
    ['al-hudaydah', 'الحديدة', 'Al Hudaydah', ['Hodeidah', 'Hudaydah']], ['ibb', 'إب', 'Ibb', [], true], ['dhamar', 'ذمار', 'Dhamar'],
    ['hadramawt', 'حضرموت', 'Hadramawt', ['Hadramout', 'Hadhramaut']], ['lahj', 'لحج', 'Lahj', ['Lahij', 'Lahej']], ['abyan', 'أبين', 'Abyan'],
    ['shabwah', 'شبوة', 'Shabwah', ['Shabwa']], ['marib', 'مأرب', 'Marib', ["Ma'rib", 'Marib Governorate']], ['al-jawf', 'الجوف', 'Al Jawf', [], true],
    ['al-bayda', 'البيضاء', 'Al Bayda', [], true], ['al-mahrah', 'المهرة', 'Al Mahrah', ['Mahra']], ['hajjah', 'حجة', 'Hajjah', [], true],
    ['saada', 'صعدة', "Sa'dah", ['Saada']], ['amran', 'عمران', 'Amran', [], true], ['al-mahwit', 'المحويت', 'Al Mahwit'],
    ['raymah', 'ريمة', 'Raymah', [], true], ['ad-dali', 'الضالع', "Ad Dali'", ['Dhale', 'Al Dhale']], ['socotra', 'سقطرى', 'Socotra', ['أرخبيل سقطرى']],
  ]),
  ...cities('ye', 'hadramawt', [['al-mukalla', 'المكلا', 'Al Mukalla', ['Mukalla']], ['sayun', 'سيئون', 'Sayun', ['Seiyun']], ['ash-shihr', 'الشحر', 'Ash Shihr']]),
  ...cities('ye', 'al-mahrah', [['al-ghaydah', 'الغيضة', 'Al Ghaydah', ['Al Ghayda']]]),
  ...cities('ye', 'shabwah', [['ataq', 'عتق', 'Ataq']]),
  ...cities('ye', 'abyan', [['zinjibar', 'زنجبار', 'Zinjibar']]),
  ...cities('ye', 'lahj', [['al-hawtah', 'الحوطة', 'Al Hawtah']]),
  ...cities('ye', 'taiz', [['al-mukha', 'المخا', 'Al Mukha', ['Mocha']]]),
  ...cities('ye', 'amanat-al-asimah', [['sanaa', 'صنعاء', "Sana'a", ['Sanaa']]]),

  country('ma', 'المغرب', 'Morocco', ['المملكة المغربية', 'Kingdom of Morocco', 'Maroc']),
  ...divisions('ma', 'جهة', [
    ['tanger-tetouan-al-hoceima', 'طنجة تطوان الحسيمة', 'Tanger-Tetouan-Al Hoceima'], ['oriental', 'الشرق', 'Oriental', ['جهة الشرق', "L'Oriental"], true],
    ['fes-meknes', 'فاس مكناس', 'Fès-Meknès'], ['rabat-sale-kenitra', 'الرباط سلا القنيطرة', 'Rabat-Salé-Kénitra'],
    ['beni-mellal-khenifra', 'بني ملال خنيفرة', 'Béni Mellal-Khénifra'], ['casablanca-settat', 'الدار البيضاء سطات', 'Casablanca-Settat'],
    ['marrakech-safi', 'مراكش آسفي', 'Marrakech-Safi'], ['draa-tafilalet', 'درعة تافيلالت', 'Drâa-Tafilalet'], ['souss-massa', 'سوس ماسة', 'Souss-Massa'],
    ['guelmim-oued-noun', 'كلميم واد نون', 'Guelmim-Oued Noun'], ['laayoune-sakia-el-hamra', 'العيون الساقية الحمراء', 'Laâyoune-Sakia El Hamra'],
    ['dakhla-oued-ed-dahab', 'الداخلة وادي الذهب', 'Dakhla-Oued Ed-Dahab'],
  ]),
  ...cities('ma', 'casablanca-settat', [
    ['casablanca', 'الدار البيضاء', 'Casablanca', ['Dar el Beida', 'Casa']], ['mohammedia', 'المحمدية', 'Mohammedia'],
    ['el-jadida', 'الجديدة', 'El Jadida', [], true], ['settat', 'سطات', 'Settat'],
  ], true),
  ...cities('ma', 'rabat-sale-kenitra', [['rabat', 'الرباط', 'Rabat'], ['sale', 'سلا', 'Salé', ['Sale'], true], ['kenitra', 'القنيطرة', 'Kénitra', ['Kenitra']], ['temara', 'تمارة', 'Témara'], ['khemisset', 'الخميسات', 'Khémisset']], true),
  ...cities('ma', 'fes-meknes', [['fes', 'فاس', 'Fès', ['Fez', 'Fes']], ['meknes', 'مكناس', 'Meknès', ['Meknes']], ['taza', 'تازة', 'Taza']], true),
  ...cities('ma', 'marrakech-safi', [['marrakech', 'مراكش', 'Marrakech', ['Marrakesh']], ['safi', 'آسفي', 'Safi']], true),
  ...cities('ma', 'tanger-tetouan-al-hoceima', [['tangier', 'طنجة', 'Tangier', ['Tanger']], ['tetouan', 'تطوان', 'Tétouan', ['Tetouan']], ['al-hoceima', 'الحسيمة', 'Al Hoceima'], ['larache', 'العرائش', 'Larache']], true),
  ...cities('ma', 'oriental', [['oujda', 'وجدة', 'Oujda'], ['nador', 'الناظور', 'Nador']], true),
  ...cities('ma', 'souss-massa', [['agadir', 'أكادير', 'Agadir', ['اكادير']]], true),
  ...cities('ma', 'beni-mellal-khenifra', [['beni-mellal', 'بني ملال', 'Béni Mellal'], ['khouribga', 'خريبكة', 'Khouribga']], true),
  ...cities('ma', 'draa-tafilalet', [['errachidia', 'الرشيدية', 'Errachidia']], true),
  ...cities('ma', 'guelmim-oued-noun', [['guelmim', 'كلميم', 'Guelmim']], true),
  ...cities('ma', 'laayoune-sakia-el-hamra', [['laayoune', 'العيون', 'Laâyoune', ['Laayoune'], true]], true),
  ...cities('ma', 'dakhla-oued-ed-dahab', [['dakhla', 'الداخلة', 'Dakhla', [], true]], true),

  country('jo', 'الأردن', 'Jordan', ['الاردن', 'المملكة الأردنية الهاشمية', 'Hashemite Kingdom of Jordan']),
  ...divisions('jo', 'محافظة', [
    ['amman', 'العاصمة', 'Amman Governorate', ['محافظة العاصمة عمان'], true], ['irbid', 'إربد', 'Irbid', ['اربد']], ['zarqa', 'الزرقاء', 'Zarqa', [], true],
    ['balqa', 'البلقاء', 'Balqa'], ['madaba', 'مادبا', 'Madaba'], ['karak', 'الكرك', 'Karak', ['Kerak']], ['tafilah', 'الطفيلة', 'Tafilah'],
    ['maan', 'معان', "Ma'an", [], true], ['aqaba', 'العقبة', 'Aqaba', [], true], ['mafraq', 'المفرق', 'Mafraq', [], true], ['jerash', 'جرش', 'Jerash'],
    ['ajloun', 'عجلون', 'Ajloun'],
  ]),
  ...cities('jo', 'amman', [['amman', 'عمان', 'Amman', ['عمّان'], true]]),
  ...cities('jo', 'irbid', [['irbid', 'إربد', 'Irbid', ['اربد']]]),
  ...cities('jo', 'zarqa', [['zarqa', 'الزرقاء', 'Zarqa', [], true], ['russeifa', 'الرصيفة', 'Russeifa']]),
  ...cities('jo', 'balqa', [['salt', 'السلط', 'Salt']]),
  ...cities('jo', 'madaba', [['madaba', 'مادبا', 'Madaba']]),
  ...cities('jo', 'karak', [['karak', 'الكرك', 'Karak']]),
  ...cities('jo', 'aqaba', [['aqaba', 'العقبة', 'Aqaba', [], true]]),
  ...cities('jo', 'mafraq', [['mafraq', 'المفرق', 'Mafraq', [], true]]),
  ...cities('jo', 'jerash', [['jerash', 'جرش', 'Jerash']]),
  ...cities('jo', 'ajloun', [['ajloun', 'عجلون', 'Ajloun']]),
  ...cities('jo', 'maan', [['maan', 'معان', "Ma'an", [], true]]),
  ...cities('jo', 'tafilah', [['tafilah', 'الطفيلة', 'Tafilah']]),

  country('ps', 'فلسطين', 'Palestine', ['دولة فلسطين', 'State of Palestine']),
  ...divisions('ps', 'محافظة', [
    ['jenin', 'جنين', 'Jenin Governorate', ['محافظه جنين']], ['tubas', 'طوباس', 'Tubas Governorate'], ['tulkarm', 'طولكرم', 'Tulkarm Governorate'],
    ['nablus', 'نابلس', 'Nablus Governorate'], ['qalqilya', 'قلقيلية', 'Qalqilya Governorate'], ['salfit', 'سلفيت', 'Salfit Governorate'],
    ['ramallah-al-bireh', 'رام الله والبيرة', 'Ramallah and al-Bireh Governorate'], ['jericho', 'أريحا', 'Jericho Governorate', ['اريحا والأغوار']],
    ['jerusalem', 'القدس', 'Jerusalem Governorate', [], true], ['bethlehem', 'بيت لحم', 'Bethlehem Governorate'], ['hebron', 'الخليل', 'Hebron Governorate'],
    ['north-gaza', 'شمال غزة', 'North Gaza Governorate'], ['gaza', 'غزة', 'Gaza Governorate'], ['deir-al-balah', 'دير البلح', 'Deir al-Balah Governorate'],
    ['khan-yunis', 'خان يونس', 'Khan Yunis Governorate'], ['rafah', 'رفح', 'Rafah Governorate'],
  ]),
  ...cities('ps', 'jenin', [['jenin', 'جنين', 'Jenin', ['Jenine']]]),
  ...cities('ps', 'tubas', [['tubas', 'طوباس', 'Tubas']]),
  ...cities('ps', 'tulkarm', [['tulkarm', 'طولكرم', 'Tulkarm']]),
  ...cities('ps', 'nablus', [['nablus', 'نابلس', 'Nablus']]),
  ...cities('ps', 'qalqilya', [['qalqilya', 'قلقيلية', 'Qalqilya']]),
  ...cities('ps', 'salfit', [['salfit', 'سلفيت', 'Salfit']]),
  ...cities('ps', 'ramallah-al-bireh', [['ramallah', 'رام الله', 'Ramallah'], ['al-bireh', 'البيرة', 'Al-Bireh']]),
  ...cities('ps', 'jericho', [['jericho', 'أريحا', 'Jericho', ['اريحا']]]),
  ...cities('ps', 'jerusalem', [['jerusalem', 'القدس', 'Jerusalem', [], true]]),
  ...cities('ps', 'bethlehem', [['bethlehem', 'بيت لحم', 'Bethlehem']]),
  ...cities('ps', 'hebron', [['hebron', 'الخليل', 'Hebron'], ['dura', 'دورا', 'Dura', [], true], ['yatta', 'يطا', 'Yatta']]),
  ...cities('ps', 'gaza', [['gaza', 'غزة', 'Gaza City', ['مدينة غزة']]]),
  ...cities('ps', 'rafah', [['rafah', 'رفح', 'Rafah']]),
  ...cities('ps', 'khan-yunis', [['khan-yunis', 'خان يونس', 'Khan Yunis']]),
];

/** The country ids of the gazetteer, from the first-level codes of the ids. */
export const GAZETTEER_COUNTRIES: readonly string[] = GAZETTEER.filter((entry) => entry.kind === 'COUNTRY').map((entry) => entry.id);
