/**
 * International bodies that news names without the words that usually open an organisation's name
 * («برنامج الأمم المتحدة الإنمائي» opens like a program; «UNDP» is only letters), so the importer knows them
 * as actors. Only bodies that fund or run security–civil-society work across the region are here, never the
 * actors of a particular article; an existing graph node with the same name always comes first.
 */
import { type ActorKind } from '../model/vocabulary';

export interface KnownActor {
  /** The id proposed when the graph has no such node. */
  readonly id: string;
  readonly kind: Exclude<ActorKind, 'PERSON'>;
  readonly nameAr: string;
  readonly nameEn: string;
  readonly aliases: readonly string[];
}

export const KNOWN_ACTORS: readonly KnownActor[] = [
  { id: 'org:undp', kind: 'INTERNATIONAL_ORGANIZATION', nameAr: 'برنامج الأمم المتحدة الإنمائي', nameEn: 'United Nations Development Programme', aliases: ['UNDP', 'البرنامج الإنمائي للأمم المتحدة', 'برنامج الامم المتحدة الانمائي', 'PNUD'] },
  { id: 'org:eu', kind: 'INTERNATIONAL_ORGANIZATION', nameAr: 'الاتحاد الأوروبي', nameEn: 'European Union', aliases: ['EU', 'الاتحاد الاوربي', 'Union européenne'] },
  { id: 'org:european-commission', kind: 'INTERNATIONAL_ORGANIZATION', nameAr: 'المفوضية الأوروبية', nameEn: 'European Commission', aliases: ['المفوضية الاوربية'] },
  { id: 'org:united-nations', kind: 'INTERNATIONAL_ORGANIZATION', nameAr: 'الأمم المتحدة', nameEn: 'United Nations', aliases: ['UN', 'هيئة الأمم المتحدة'] },
  { id: 'org:unicef', kind: 'INTERNATIONAL_ORGANIZATION', nameAr: 'منظمة الأمم المتحدة للطفولة', nameEn: 'UNICEF', aliases: ['اليونيسف', 'يونيسف', 'UNICEF'] },
  { id: 'org:unhcr', kind: 'INTERNATIONAL_ORGANIZATION', nameAr: 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين', nameEn: 'UNHCR', aliases: ['UNHCR', 'مفوضية اللاجئين'] },
  { id: 'org:ohchr', kind: 'INTERNATIONAL_ORGANIZATION', nameAr: 'المفوضية السامية لحقوق الإنسان', nameEn: 'Office of the High Commissioner for Human Rights', aliases: ['OHCHR', 'مكتب المفوضية السامية لحقوق الإنسان', 'مكتب المفوض السامي لحقوق الانسان'] },
  { id: 'org:unodc', kind: 'INTERNATIONAL_ORGANIZATION', nameAr: 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة', nameEn: 'UNODC', aliases: ['UNODC'] },
  { id: 'org:un-women', kind: 'INTERNATIONAL_ORGANIZATION', nameAr: 'هيئة الأمم المتحدة للمرأة', nameEn: 'UN Women', aliases: ['UN Women'] },
  { id: 'org:unfpa', kind: 'INTERNATIONAL_ORGANIZATION', nameAr: 'صندوق الأمم المتحدة للسكان', nameEn: 'UNFPA', aliases: ['UNFPA'] },
  { id: 'org:giz', kind: 'FOREIGN_GOVERNMENT', nameAr: 'الوكالة الألمانية للتعاون الدولي', nameEn: 'Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)', aliases: ['GIZ', 'المؤسسة الألمانية للتعاون الدولي', 'مكتب التعاون الدولي الألماني', 'الوكالة الالمانية للتعاون الدولي'] },
  { id: 'org:usaid', kind: 'FOREIGN_GOVERNMENT', nameAr: 'الوكالة الأمريكية للتنمية الدولية', nameEn: 'USAID', aliases: ['USAID', 'الوكالة الامريكية للتنمية الدولية'] },
  { id: 'org:koica', kind: 'FOREIGN_GOVERNMENT', nameAr: 'الوكالة الكورية للتعاون الدولي', nameEn: 'Korea International Cooperation Agency', aliases: ['KOICA', 'كويكا'] },
  { id: 'org:jica', kind: 'FOREIGN_GOVERNMENT', nameAr: 'الوكالة اليابانية للتعاون الدولي', nameEn: 'Japan International Cooperation Agency', aliases: ['JICA', 'جايكا'] },
  { id: 'org:ned', kind: 'OTHER', nameAr: 'الصندوق الوطني للديمقراطية', nameEn: 'National Endowment for Democracy', aliases: ['NED', 'الصندوق الوطني الأمريكي للديمقراطية', 'الصندوق الديمقراطي الأمريكي'] },
  { id: 'org:dcaf', kind: 'INTERNATIONAL_ORGANIZATION', nameAr: 'مركز جنيف لحوكمة قطاع الأمن', nameEn: 'DCAF – Geneva Centre for Security Sector Governance', aliases: ['DCAF', 'ديكاف', 'مركز جنيف للرقابة الديمقراطية على القوات المسلحة'] },
  { id: 'org:icrc', kind: 'INTERNATIONAL_ORGANIZATION', nameAr: 'اللجنة الدولية للصليب الأحمر', nameEn: 'International Committee of the Red Cross', aliases: ['ICRC'] },
  { id: 'org:interpol', kind: 'INTERNATIONAL_ORGANIZATION', nameAr: 'المنظمة الدولية للشرطة الجنائية', nameEn: 'INTERPOL', aliases: ['الإنتربول', 'الانتربول', 'INTERPOL'] },
];
