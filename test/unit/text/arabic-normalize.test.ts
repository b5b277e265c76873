import { foldArabicLetters, normalizeSearchKey, searchKeysOf } from '../../../src/text/arabic-normalize';

describe('normalizeSearchKey', () => {
  describe('hamza and alef forms', () => {
    it('gives «الاتحاد الأوروبي» and the published «الاتحاد الاوروبي» the same key', () => {
      expect(normalizeSearchKey('الاتحاد الأوروبي')).toBe(normalizeSearchKey('الاتحاد الاوروبي'));
      expect(normalizeSearchKey('الاتحاد الأوروبي')).toBe('الاتحاد الاوروبي');
    });

    it('folds alef with hamza below, madda and wasla to bare alef', () => {
      expect(normalizeSearchKey('الإنمائي')).toBe(normalizeSearchKey('الانمائي'));
      expect(normalizeSearchKey('إدارة')).toBe('اداره');
      expect(normalizeSearchKey('آذار')).toBe('اذار');
      expect(normalizeSearchKey('ٱلملتقى')).toBe('الملتقي');
    });

    it('folds hamza on waw and on yaa, so «مؤسسة» meets the hamza-less «موسسه»', () => {
      expect(normalizeSearchKey('مؤسسة رواد التنمية')).toBe(normalizeSearchKey('موسسه رواد التنميه'));
      expect(normalizeSearchKey('مؤتمر المانحين')).toBe(normalizeSearchKey('موتمر المانحين'));
      expect(normalizeSearchKey('الجزائر')).toBe(normalizeSearchKey('الجزاير'));
    });

    it('composes a decomposed alef + hamza before folding it', () => {
      expect(normalizeSearchKey('\u0627\u0654حمد')).toBe('احمد');
    });

    it('keeps the bare hamza of «مساءلة»', () => {
      expect(normalizeSearchKey('منظمة مساءلة')).toBe('منظمه مساءله');
    });
  });

  describe('taa marbuta and alef maqsura', () => {
    it('folds taa marbuta to haa: «محافظة جنين» ~ «محافظه جنين» (both spellings are in the Jenin article)', () => {
      expect(normalizeSearchKey('محافظة جنين')).toBe(normalizeSearchKey('محافظه جنين'));
    });

    it('folds alef maqsura to yaa: «الملتقى» ~ «الملتقي»', () => {
      expect(normalizeSearchKey('الملتقى المدني')).toBe(normalizeSearchKey('الملتقي المدني'));
    });
  });

  describe('marks, tatweel and digits', () => {
    it('removes tanween and other harakat: «معاً نحمي حقوقنا» ~ «معا نحمي حقوقنا»', () => {
      expect(normalizeSearchKey('معاً نحمي حقوقنا')).toBe('معا نحمي حقوقنا');
      expect(normalizeSearchKey('تُعتبر')).toBe('تعتبر');
    });

    it('removes tatweel, the superscript alef and Quranic marks', () => {
      expect(normalizeSearchKey('الأمـــن')).toBe('الامن');
      expect(normalizeSearchKey('هٰذا')).toBe('هذا');
      expect(normalizeSearchKey('قلى\u06D6')).toBe('قلي');
    });

    it('turns Arabic-Indic and extended digits into ASCII', () => {
      expect(normalizeSearchKey('٤٦ جمعية')).toBe('46 جمعيه');
      expect(normalizeSearchKey('۲۰۱۴')).toBe('2014');
    });
  });

  describe('Latin script', () => {
    it('case-folds acronyms and names: «UNDP», «Saferworld»', () => {
      expect(normalizeSearchKey('UNDP')).toBe('undp');
      expect(normalizeSearchKey('SaferWorld')).toBe(normalizeSearchKey('saferworld'));
    });

    it('drops French accents so «Sûreté Nationale» meets «Surete nationale»', () => {
      expect(normalizeSearchKey('Direction Générale de la Sûreté Nationale')).toBe('direction generale de la surete nationale');
    });

    it("drops word-internal apostrophes: «Musa'ala» ~ «Musaala»", () => {
      expect(normalizeSearchKey("Musa'ala")).toBe('musaala');
    });
  });

  describe('punctuation and spacing', () => {
    it('strips quotes, brackets and punctuation glued to names, as in «الإنمائيUNDP))»', () => {
      expect(normalizeSearchKey('برنامج الأمم المتحدة الإنمائيUNDP))')).toBe('برنامج الامم المتحده الانماييundp');
      expect(normalizeSearchKey('المنظمة الوطنية للإعلاميين اليمنيين "صدى"')).toBe('المنظمه الوطنيه للاعلاميين اليمنيين صدي');
    });

    it('turns hashtags and Arabic commas into word breaks and collapses whitespace', () => {
      expect(normalizeSearchKey('#مشروع_ساند')).toBe('مشروع ساند');
      expect(normalizeSearchKey('  ردفان ،\n حبيل   جبر ')).toBe('ردفان حبيل جبر');
    });

    it('keeps hyphenated transliterations as separate words', () => {
      expect(normalizeSearchKey('Waheeb al-Dhibani')).toBe('waheeb al dhibani');
    });
  });

  it('never alters what it is not asked to: display text stays the caller’s', () => {
    const published = 'الاتحاد الاوروبي';
    normalizeSearchKey(published);
    expect(published).toBe('الاتحاد الاوروبي');
  });
});

describe('foldArabicLetters', () => {
  it('folds letters and digits but keeps spacing and slashes for the date parser', () => {
    expect(foldArabicLetters('نشر بتاريخ: ١٨/٠٦/٢٠٠٩')).toBe('نشر بتاريخ: 18/06/2009');
  });
});

describe('searchKeysOf', () => {
  it('returns the distinct keys of all names, skipping empty ones', () => {
    expect(searchKeysOf(['الاتحاد الاوروبي', 'الاتحاد الأوروبي', 'EU', undefined, ' '])).toEqual(['الاتحاد الاوروبي', 'eu']);
  });
});
