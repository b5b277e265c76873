import { labels, links, propose } from './helpers';

// Sentences of the second held-out set (test/fixtures/import-heldout-2): each test names a rule of Arabic news
// writing the importer missed when that set was first scored, and fails without it.

describe('who organised and what was held, in the second held-out reports (bayanemarrakech.com, barlamane.com, yemeress.com)', () => {
  it('reads the agent of a passive organising verb after «من طرف» as the organiser («الملتقى … والذي ينظم من طرف تنسيقية …»)', () => {
    const proposal = propose('تحتضن مدينة أكادير يوم 27 فبراير الجاري أشغال الملتقى الجهوي الأول حول المجتمع المدني والمقاربة الامنية الجديدة ، والذي ينظم من طرف تنسيقية المجتمع المدني لتفعيل الدستور بعمالة اكادير إداوتنان.');
    expect(links(proposal)).toContain('ORGANIZED تنسيقية المجتمع المدني لتفعيل الدستور → event:CONFERENCE (lead)');
  });

  it('reads the event a frame cue names («في إطار فعاليات … لأيام الأبواب المفتوحة») aside, and the noun after it as what the verb organised', () => {
    const proposal = propose('نظمت المديرية العامة للأمن الوطني، مساء اليوم الخميس بمدينة فاس، في إطار فعاليات الدورة الرابعة لأيام الأبواب المفتوحة، ندوة لتسليط الضوء على العلاقة بين الأمن والمجتمع المدني.');
    expect(labels(proposal, 'EVENT')).toContain('ندوة لتسليط الضوء');
    expect(links(proposal)).toContain('ORGANIZED المديرية العامة للأمن الوطني → event:DISCUSSION_SESSION (lead)');
    expect(links(proposal)).toContain('HELD_IN event:DISCUSSION_SESSION → فاس');
  });

  it('reads a workshop said to train («ورشة عمل تدريبية») as a training', () => {
    const proposal = propose('نظمت مؤسسة عدالة للحقوق والحريات بعدن – أمس الأحد – ورشة عمل تدريبية بعنوان " من أجل نموذج متميز لمجتمع آمن بلا نزاع " بمشاركة ما يقارب 40 متدرب.');
    expect(links(proposal)).toContain('ORGANIZED مؤسسة عدالة للحقوق والحريات → event:TRAINING (lead)');
  });
});

describe('projects and their ceremonies, in the second held-out reports (yemen-online.club)', () => {
  const closing = 'برعاية محافظ محافظة عدن/ أ. احمد حامد لملس ، اقيم حفل اختتام مشروع تعزيز المساهمة المجتمعية في الأمن المجتمعي حول ” علاقة المجتمع المحلي بمراكز الشرطة” التي نفذته مؤسسة وجود للأمن الإنساني بالتعاون مع الصندوق الوطني الديمقراطي (NED) بالعاصمة عدن.';

  it('reads the ceremony that closes a project («حفل اختتام مشروع …») as one of its events', () => {
    expect(links(propose(closing))).toContain('PART_OF event:OTHER → تعزيز المساهمة المجتمعية');
  });

  it('reads the implementer of a project past its quoted subject («مشروع … حول ” … ” التي نفذته مؤسسة …»)', () => {
    expect(links(propose(closing))).toContain('IMPLEMENTED مؤسسة وجود للأمن الإنساني → تعزيز المساهمة المجتمعية');
  });
});

describe('what a partnership cue attaches to, in the second held-out reports (palsawa.com, democracy-support.eu)', () => {
  it('attaches a partnership cue between a verb of launching and its program to the program («أطلقت …، بالشراكة مع …، مشروع "…"»)', () => {
    const proposal = propose('أطلقت الهيئة الاستشارية الفلسطينية لتطوير المؤسسات غير الحكومية PCS، في جنين، بالشراكة مع جهاز الشرطة الفلسطينية في محافظة طوباس، مشروع "دعم دور الشرطة المجتمعية في تعزيز الوصول إلى العدالة وسيادة القانون"، بدعم من برنامج "سواسية".');
    expect(links(proposal)).toContain('PARTNERED_WITH جهاز الشرطة الفلسطينية → دعم دور الشرطة المجتمعية في تعزيز الوصول إلى العدالة وسيادة القانون');
  });

  it('reads a joint cue put before its verb, a comma between them, as the verb\'s («وبالتعاون ما بين وزارة …، عقدت جلسة حوارية»)', () => {
    const proposal = propose('تحت رعاية وزير الشؤون السياسية والبرلمانية معالي المهندس موسى المعايطة وبالتعاون ما بين وزارة الشؤون السياسية والبرلمانية والسلم المجتمعي في مديرية الأمن العام، عقدت جلسة حوارية للشباب من الأحزاب السياسية والناشطين بعنوان "التطرف تحديات ورؤيا مستقبلية"');
    // (The ministry's name still runs on into «والسلم المجتمعي», the other side of the cue: a gap this test leaves open.)
    expect(links(proposal).filter((l) => l.startsWith('ORGANIZED وزارة الشؤون السياسية والبرلمانية') && l.endsWith('→ event:DISCUSSION_SESSION (co-organiser)'))).toHaveLength(1);
  });
});

describe('the occasion of the sentence before, in the second held-out reports (palsawa.com)', () => {
  it('reads the event «جاء ذلك خلال» names as organised by the subject of the sentence before, and part of the program it launched', () => {
    const proposal = propose('أطلقت الهيئة الاستشارية الفلسطينية لتطوير المؤسسات غير الحكومية PCS، في جنين، مشروع "دعم دور الشرطة المجتمعية في تعزيز الوصول إلى العدالة وسيادة القانون".\n\nجاء ذلك خلال ورشة عمل عقدت اليوم الاثنين في مقر محافظة طوباس، وبحضور ممثلين عن الشرطة الأوروبية.');
    expect(links(proposal)).toEqual(expect.arrayContaining([
      'ORGANIZED الهيئة الاستشارية الفلسطينية → event:WORKSHOP (lead)',
      'PART_OF event:WORKSHOP → دعم دور الشرطة المجتمعية في تعزيز الوصول إلى العدالة وسيادة القانون',
    ]));
  });
});
