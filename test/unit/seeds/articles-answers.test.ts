/**
 * The questions a funder and an analyst bring to the five seed articles, and the answers the
 * articles give, asserted on the validated SeedGraph.
 */
import { readValidatedSeeds } from '../../../src/loading/seed-loader';
import { dateBounds } from '../../../src/text/arabic-dates';
import { SeedGraphQuestions } from './seed-graph-questions';

const { graph } = readValidatedSeeds('seeds');
const ask = new SeedGraphQuestions(graph);
const eventProperties = (id: string) => ask.node(id).properties as {
  date?: string; datePrecision: string; dateStart?: string; dateEnd?: string; participantCount?: number; participantCountText?: string;
};

describe('funding', () => {
  it('names the Democratic Youth Foundation and the EU as direct funders of the Al-Habilayn discussion session', () => {
    const flows = ask.fundingFlowsTo('event:undated-al-habilayn-discussion-session');
    expect(flows.map(({ funder, direct, via }) => ({ funder, direct, via }))).toEqual([
      { funder: 'org:democratic-youth-foundation', direct: true, via: [] },
      { funder: 'org:eu', direct: true, via: [] },
    ]);
  });

  it("follows Japan's support through the UNDP cooperation and the PSD–UNDP MoU to the donors' conference", () => {
    const flows = ask.fundingFlowsTo('event:undated-psd-community-police-donors-conference');
    expect(flows.map(({ funder, direct, via }) => ({ funder, direct, via }))).toEqual([{
      funder: 'org:embassy-of-japan-jordan',
      direct: false,
      via: ['program:undp-psd-community-policing-cooperation', 'program:psd-undp-community-police-mou'],
    }]);
  });

  it("reaches the Marib consultative meeting from Saferworld through the Saned project, but not the earlier journalists' meeting", () => {
    expect(ask.eventsReachedBy('org:saferworld')).toEqual(['event:2022-11-marib-consultative-meeting']);
    expect(ask.fundingFlowsTo('event:2022-11-marib-consultative-meeting')).toMatchObject([
      { funder: 'org:saferworld', direct: false, via: ['program:saned-community-peace'] },
    ]);
  });

  it('shows that the Civil Forum supported the Jenin open meeting directly', () => {
    expect(ask.fundingFlowsTo('event:2009-06-18-jenin-open-meeting')).toMatchObject([{ funder: 'org:civil-forum', direct: true, via: [] }]);
  });

  it('lists the events no one funded: the Moroccan meetings and campaigns, the journalists’ meeting and the Jenin security campaign', () => {
    expect(ask.eventIds().filter((id) => ask.fundersOf(id).length === 0).sort()).toEqual([
      'event:2008-jenin-security-campaign',
      'event:2014-08-07-hay-hassani-meeting',
      'event:2014-08-07-sidi-bernoussi-meeting',
      'event:2022-11-marib-journalists-consultative-meeting',
      'event:undated-sidi-bernoussi-school-awareness-campaigns',
    ]);
  });

  it('knows every funder in the five articles, and that funder is a role, not a kind', () => {
    const funders = [...new Set(ask.fundingFlows().map((flow) => flow.funder))].sort();
    expect(funders).toEqual(['org:civil-forum', 'org:democratic-youth-foundation', 'org:embassy-of-japan-jordan', 'org:eu', 'org:saferworld']);
    expect(funders.map((id) => (ask.node(id).properties as { kind: string }).kind)).toEqual([
      'NGO', 'NGO', 'FOREIGN_GOVERNMENT', 'INTERNATIONAL_ORGANIZATION', 'INTERNATIONAL_NGO',
    ]);
  });

  it('sums the participants a funder reached, counting each event once and only stated numbers', () => {
    expect(ask.participantsReachedBy('org:eu')).toBe(20);
    expect(ask.participantsReachedBy('org:saferworld')).toBe(0);
    expect(ask.eventsReachedBy('org:embassy-of-japan-jordan')).toEqual([
      'event:undated-psd-community-police-donors-conference',
      'event:undated-psd-undp-community-police-field-survey',
    ]);
  });

  it('backs every hop of every funding flow with a quote', () => {
    for (const flow of ask.fundingFlows()) {
      expect(flow.evidenceIds.length).toBeGreaterThanOrEqual(flow.via.length + 1);
    }
    const supportQuotes = ask.relationships('FUNDED').map((funded) => funded.evidenceIds.map((id) => ask.quoteOf(id)).join(' '));
    for (const quote of supportQuotes) expect(quote).toMatch(/بدعم|المدعوم/);
  });
});

describe('implementing and partnering', () => {
  it('names Musaala and SADA as implementers of the Saned project, with Marib police as partner and Saferworld as funder', () => {
    expect(ask.actorsWith('IMPLEMENTED', 'program:saned-community-peace')).toEqual(['org:musaala', 'org:sada']);
    expect(ask.actorsWith('PARTNERED_WITH', 'program:saned-community-peace')).toEqual(['org:marib-police']);
    expect(ask.actorsWith('FUNDED', 'program:saned-community-peace')).toEqual(['org:saferworld']);
  });

  it('names Ruwad as the implementer of «معاً نحمي حقوقنا»', () => {
    expect(ask.actorsWith('IMPLEMENTED', 'program:together-we-protect-our-rights')).toEqual(['org:ruwad-foundation']);
  });

  it('finds the organisations UNDP worked with: the PSD and its Community Police', () => {
    expect(ask.collaboratorsOf('org:undp')).toEqual(['org:jordan-psd', 'org:jordan-psd-community-police']);
    expect(ask.actorsWith('PARTNERED_WITH', 'event:undated-psd-community-police-donors-conference')).toEqual(['org:undp']);
  });

  it("names the Jenin meeting's co-organisers and its host", () => {
    const organizers = ask.relationships('ORGANIZED', { to: 'event:2009-06-18-jenin-open-meeting' })
      .map((relationship) => [relationship.from, relationship.properties.role]);
    expect(organizers).toEqual([
      ['org:ps-nsf-public-relations', 'co-organiser'],
      ['org:fatah-jenin-office', 'co-organiser'],
      ['org:fatah-jenin-office', 'host'],
    ]);
  });

  it('gives each Casablanca zone its own meeting', () => {
    expect(ask.relationships('ORGANIZED', { to: 'event:2014-08-07-sidi-bernoussi-meeting' }).map((item) => item.from))
      .toEqual(['org:dgsn-sidi-bernoussi-security-zone', 'org:dgsn-sidi-bernoussi-security-zone']);
    expect(ask.relationships('ORGANIZED', { to: 'event:2014-08-07-hay-hassani-meeting' }).map((item) => item.from))
      .toEqual(['org:dgsn-hay-hassani-security-zone']);
  });
});

describe('participation and positions', () => {
  it('counts 20 participants at the Radfan session, as the article states', () => {
    expect(eventProperties('event:undated-al-habilayn-discussion-session')).toMatchObject({
      participantCount: 20, participantCountText: '(20) من القيادات المجتمعية وممثلي منظمات المجتمع المدني',
    });
  });

  it('counts 46 associations at the Sidi Bernoussi meeting', () => {
    expect(eventProperties('event:2014-08-07-sidi-bernoussi-meeting').participantCount).toBe(46);
  });

  it('keeps «العشرات» at the Jenin meeting as words, with no number', () => {
    const jenin = eventProperties('event:2009-06-18-jenin-open-meeting');
    expect(jenin.participantCount).toBeUndefined();
    expect(jenin.participantCountText).toBe('العشرات من كوادر حركة فتح الفتيات والشباب');
  });

  it("lists the speakers at the PSD donors' conference", () => {
    expect(ask.actorsWith('PARTICIPATED_IN', 'event:undated-psd-community-police-donors-conference')).toEqual([
      'person:hidenao-yanagi', 'person:hussein-al-rafaiah', 'person:mutasem-abu-shattal', 'person:sara-ferrer-olivella',
    ]);
  });

  it('gives Waheeb al-Dhibani his post as the article words it', () => {
    expect(ask.relationships('HOLDS_POSITION', { from: 'person:waheeb-al-dhibani' }).map((item) => [item.to, item.properties.title]))
      .toEqual([['org:ruwad-foundation', 'رئيس']]);
  });

  it('records the unnamed deputy head who chaired the Hay Hassani meeting through his zone, with no person node', () => {
    expect(ask.relationships('PARTICIPATED_IN', { to: 'event:2014-08-07-hay-hassani-meeting' }).map((item) => item.properties))
      .toEqual([expect.objectContaining({ role: 'chair', title: 'نائب رئيس هذه المنطقة' })]);
    const persons = graph.nodes.filter((node) => node.labels[1] === 'Person').map((node) => (node.properties as { nameAr: string }).nameAr);
    expect(persons.filter((name) => /رئيس/.test(name))).toEqual([]);
  });
});

describe('places', () => {
  it('places the Jenin open meeting up to the country: hall → Jenin → Jenin Governorate → Palestine', () => {
    expect(ask.placeChain(ask.placeOf('event:2009-06-18-jenin-open-meeting') as string)).toEqual([
      'place:ps-jenin-fatah-office-hall', 'place:ps-jenin-jenin', 'place:ps-jenin', 'place:ps',
    ]);
  });

  it('places the Radfan session up to Yemen: Al-Habilayn → Radfan → Lahj → Yemen', () => {
    expect(ask.placeChain(ask.placeOf('event:undated-al-habilayn-discussion-session') as string)).toEqual([
      'place:ye-lahj-radfan-al-habilayn', 'place:ye-lahj-radfan', 'place:ye-lahj', 'place:ye',
    ]);
  });

  it('finds the events held in Yemen across two articles', () => {
    expect(ask.eventIds().filter((id) => ask.countryOf(id) === 'place:ye').sort()).toEqual([
      'event:2022-11-marib-consultative-meeting',
      'event:2022-11-marib-journalists-consultative-meeting',
      'event:undated-al-habilayn-discussion-session',
    ]);
  });

  it('covers four countries, and leaves the events without a stated place unplaced', () => {
    const countries = new Set(ask.eventIds().map((id) => ask.countryOf(id)));
    expect(countries).toEqual(new Set(['place:ye', 'place:ma', 'place:jo', 'place:ps', undefined]));
    expect(ask.eventIds().filter((id) => ask.placeOf(id) === undefined).sort()).toEqual([
      'event:undated-psd-undp-community-police-field-survey',
      'event:undated-sidi-bernoussi-school-awareness-campaigns',
    ]);
  });
});

describe('time', () => {
  it('orders the dated events on a timeline and keeps the undated ones apart', () => {
    const dated = ask.eventIds()
      .map((id) => ({ id, ...eventProperties(id) }))
      .filter((event) => event.dateStart !== undefined)
      .sort((a, b) => (a.dateStart as string).localeCompare(b.dateStart as string) || a.id.localeCompare(b.id))
      .map((event) => [event.date, event.datePrecision, event.id]);
    expect(dated).toEqual([
      ['2008', 'YEAR', 'event:2008-jenin-security-campaign'],
      ['2009-06-18', 'DAY', 'event:2009-06-18-jenin-open-meeting'],
      ['2014-08-07', 'DAY', 'event:2014-08-07-hay-hassani-meeting'],
      ['2014-08-07', 'DAY', 'event:2014-08-07-sidi-bernoussi-meeting'],
      ['2022-11', 'MONTH', 'event:2022-11-marib-consultative-meeting'],
      ['2022-11', 'MONTH', 'event:2022-11-marib-journalists-consultative-meeting'],
    ]);
  });

  it('finds the events that may fall on 26 November 2022 by date bounds', () => {
    const day = dateBounds('2022-11-26');
    const overlapping = ask.eventIds().filter((id) => {
      const { dateStart, dateEnd } = eventProperties(id);
      return dateStart !== undefined && dateEnd !== undefined && dateStart <= day.end && dateEnd >= day.start;
    });
    expect(overlapping.sort()).toEqual(['event:2022-11-marib-consultative-meeting', 'event:2022-11-marib-journalists-consultative-meeting']);
  });

  it('does not take a publication date for an event date unless the article ties them', () => {
    expect(eventProperties('event:2009-06-18-jenin-open-meeting').date).toBe('2009-06-18');
    expect(eventProperties('event:2022-11-marib-consultative-meeting')).toMatchObject({ date: '2022-11', datePrecision: 'MONTH' });
    expect(eventProperties('event:undated-al-habilayn-discussion-session').datePrecision).toBe('UNKNOWN');
  });
});

describe('organisation structure', () => {
  it('places units under their parents', () => {
    expect(ask.parentChain('org:ps-nsf-public-relations')).toEqual(['org:ps-nsf-public-relations', 'org:ps-national-security-forces']);
    expect(ask.parentChain('org:dgsn-hay-hassani-security-zone')).toEqual([
      'org:dgsn-hay-hassani-security-zone', 'org:dgsn-casablanca-security-prefecture', 'org:dgsn',
    ]);
    expect(ask.parentChain('org:jordan-psd-community-police')).toEqual(['org:jordan-psd-community-police', 'org:jordan-psd']);
  });

  it("finds an organisation's country through its seat", () => {
    expect(ask.countryOf('org:dgsn-hay-hassani-security-zone')).toBe('place:ma');
    expect(ask.countryOf('org:jordan-psd')).toBe('place:jo');
    expect(ask.countryOf('org:marib-police')).toBe('place:ye');
  });
});
