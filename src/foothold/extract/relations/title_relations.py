"""What a title makes between its holder and the actors it names: leads / member_of, the
country a bare title is held in, the ministry a minister leads, former/since times."""

from __future__ import annotations

from ...resolve.names import normalise_name
from .dateline_rival import acting_over_dateline
from .bare_speaker import speaker_state
from .capital_clause import capital_clause_state
from .chamber_heads import named_chamber
from .chamber_speaker import own_chamber
from .city_heads import mayors_city
from .addressed_state import addresses_state
from .counterparts import same_title_held_elsewhere, state_held_by_counterpart
from .home_portfolios import home_portfolio_state
from .ministry_states import ministry_states
from .served_areas import area_for
from .counterpart_states import counterpart_states, state_beside_counterparts
from .former_carry import former_carry_yields
from .former_heads import former_head_state
from .former_titles import held_before
from .group_scope import title_in_group
from .guest_envoys import guest_envoy
from .premodified_portfolios import portfolio_before, tied_elsewhere
from .signatory_states import signed_for_state
from .held_before import note_guess, state_held_before
from .met_in_capital import host_met_in_capital
from .seat_hosts import host_at_seat
from .holder_relatives import holder_relative_tokens
from .guest_frame import home_title_state
from .index import Ref
from .issuer import holder_is_subject, issuer_holds
from .own_predicate import holders_own_predicate
from .ousted_heads import ousted
from .owned_titles import owned_by_thing
from .punished import punished
from .reported_own_state import reported_own_state
from .retinue import retinue_state
from .state_before import state_named_before, states_standing_in
from .named_before_top import top_state_named_before
from .paired_titles import same_title_paired
from .condoled_deaths import condoled_death
from .past_service import past_service
from .salient_state import salient_state_here
from .secretariats import secretariat_body
from .place_owned_titles import owned_by_place
from .story_state import StoryState
from .visit_host import visited_state
from .region_heads import region_place_named
from .territory_heads import territory_head
from .visitor_home import visitor_home
from .where_scene import where_scene_state
from .wire import body_title, minister_of_another
from .title_phrases import Title


COUNTRY_LEADER_WORDS = {("leader",), ("head",), ("ruler",)}


class TitleRelations(StoryState):
    def country_scope(self, t: Title, holder: Ref | None = None) -> Ref | None:
        """The country a title is held in: written in the phrase, or carried from context."""
        country = t.country or (t.obj if t.obj and t.obj.type == "country" else None)
        if country is not None:
            return country
        signed = signed_for_state(self, t)
        if signed is not None:                 # "signed for Australia by the Minister for Foreign Affairs, X"
            return signed                      # (signatory_states.py)
        if holder is not None and condoled_death(self, holder):
            return None      # "offered the condolences of the Iraqi government on the death of President X" (condoled_deaths.py)
        accompanied = retinue_state(self, t, holder)
        if accompanied is not None:            # "He was accompanied by Foreign Minister X" (retinue.py)
            return accompanied
        group = self.group_country(t.start)
        if group is not None:                  # "senior Iraqi officials, including the Minister of ..."
            return group
        if self.last_scope and self.w(t.start - 1) == "and" and self.last_scope[0] in (t.start - 1, t.start - 2) \
                and not same_title_paired(self, t):
            return self.last_scope[1]          # "Iraqi President Barham Salih and Prime Minister X"
        recent = self.recent_heads.get(t.words)   # "former Iraqi Prime Minister ... the Prime Minister, X"
        if recent and recent[3:] and holder is not None and recent[2] != holder.actor and recent[3] is None \
                and t.time is None and t.words in self.lex.country_heads and not ousted(self, holder):
            return None      # "President Sandu of Moldova. President Biden ...": a state has one sitting head
        if recent and minister_of_another(self, t, holder, recent):
            return None      # "Russian Foreign Minister A met ... . Minister for Foreign Affairs B": another state's
        if recent and holder is not None and self.n - recent[0] <= 2 and recent[0] != self.n \
                and self.visiting(t, holder, recent[1].actor):
            return None      # "a new Kenyan foreign minister. Foreign Minister X flew to Nairobi": a visitor (reltitle11)
        if recent and holder is not None and recent[2:] and recent[2] != holder.actor and past_service(self, t, holder):
            return None      # "former Malawi president Y ... . X, who served as president": no carry (past_service.py)
        if recent and self.n - recent[0] <= 2 and former_carry_yields(self, t, holder, recent):
            return None      # "MEXICO CITY - ... arrested former Vice President A. President B ..." (former_carry.py)
        if recent and self.n - recent[0] <= 2:
            if recent[0] == self.n and holder is not None and recent[2:] and recent[2] != holder.actor \
                    and self.w(t.start) != "the" and not ousted(self, holder):
                return None                    # "President A, ... and President B" in one sentence: two states
                                               # (not "elected A ... after lawmakers voted out Prime Minister B")
                                               # ("... instead of the Prime Minister, B": the same one)
            return recent[1]
        return None

    def dictionary_scope(self, t: Title, holder: Ref) -> Ref | None:
        """A bare head's or minister's country from the actor dictionary ("President Joe Biden"), else the state
        the story makes plain: the scene opening the sentence ("In Accra, ..."), the wire dateline ("BAGHDAD
        (Reuters) - Prime Minister X said": a head the dictionary does not know yet), the document title's, the
        state acting in the sentence before or the text's one state (`story_state`); none for a visitor."""
        national = self.national_state(t)
        if national is not None or self.national_elsewhere(t):
            return national        # "Secretary of State X" in a story naming no United States: no story's guess
        if self.names_other_government() or owned_by_thing(self, t):
            return None            # "the college's vice-rector, X": held in what the possessor names
        if owned_by_place(self, t):
            return None            # "Alberta Premier X": held in a province, no state (place_owned_titles.py)
        known = self.dictionary_country_of(holder, t.title_start, t.title_end)
        if known is None and (former := former_head_state(self, t, holder)) is not None:
            return Ref(former, "country", t.title_start, t.title_end)   # "BRASILIA - ... former President X"
        if known is not None or not self.sitting(t):
            return known                   # an incoming holder's state is no story's guess
        state = state_held_before(self, holder) or visitor_home(self, holder) \
            or capital_clause_state(self, t, holder) or where_scene_state(self, t, holder) or self.scene_state() or visited_state(self, holder) \
            or host_met_in_capital(self, holder) or host_at_seat(self, t, holder) or acting_over_dateline(self, t, holder) or self.idx.dateline_state or self.title_state_here(t, holder) \
            or self.quiet_state(t, holder) or state_named_before(self, t, holder) \
            or reported_own_state(self, t, holder) or self.host_state_here(t, holder) \
            or salient_state_here(self, t, holder) or top_state_named_before(self, t, holder) \
            or state_beside_counterparts(self, t, holder) \
            or home_portfolio_state(self, t, holder)    # "Justice Minister X" in one state's story (home_portfolios.py)
        if state is None or self.visiting(t, holder, state) \
                or (state_held_by_counterpart(self, holder, state) and not ousted(self, holder)) \
                or punished(self, holder) or addresses_state(self, holder, state) \
                or (same_title_held_elsewhere(self, t, holder, state) and not ousted(self, holder)) \
                or condoled_death(self, holder) \
                or state in counterpart_states(self, holder):   # "... His Croatian counterpart" (counterpart_states.py)
            return None
        note_guess(self, holder, state)
        return Ref(state, "country", t.title_start, t.title_end)

    def national_state(self, t: Title) -> Ref | None:
        """A title only one state's government uses (roles.yaml `national_titles`): the one of its states the document
        names ("Secretary of State X" in a text naming the United States); none for a portfolio after "for"."""
        names = self.lex.national_titles.get(t.words)
        if not names or self.w(t.title_end) == "for":
            return None
        found = {a for n in names if (a := self.idx.country_keys.get(normalise_name(n))) is not None
                 and self.idx.types.get(a) == "country"}
        return Ref(found.pop(), "country", t.title_start, t.title_end) if len(found) == 1 else None

    def national_elsewhere(self, t: Title) -> bool:
        """A title only other states' governments use (roles.yaml `national_titles`), none of which the document
        names: its holder serves none of the text's states ("Secretary of State X warned ..." in a KYIV story)."""
        names = self.lex.national_titles.get(t.words)
        if not names or self.w(t.title_end) == "for":
            return False
        return not any(self.idx.types.get(self.idx.country_keys.get(normalise_name(n))) == "country" for n in names)

    def quiet_state(self, t: Title, holder: Ref) -> str | None:
        """The text's one state when it acts in the sentence before ("Ghana's parliament passed the bill.
        Information Minister X said ..."; a statement naming one state as its topic, "Foreign Secretary X said:",
        is another state's), for a title that is no regional one nor a body's ("Council President X"), in a
        sentence naming no other state and no other titled person (a list of leaders signing is of several
        states), when another holder of the title is not already its head."""
        state = self.only_state()
        if state is None or not holder_is_subject(self, holder) or self.acting_state_before() != state or self.regional(t) or body_title(self, t) or self.head_named_before(t, holder, state) \
                or not self.states_named(self.lo, self.hi) <= {state}:
            return None
        heads = self.lex.country_heads | self.lex.ministers
        others = any(self.match(j, heads) for j in range(self.lo, self.hi)
                     if not t.start <= j < t.title_end and not holders_own_predicate(self, j, holder))
        return None if others else state

    def host_state_here(self, t: Title, holder: Ref) -> str | None:
        """The state the document's title sets its subject in ("Turkey in Somalia, 2011-2024"), for a head's or
        minister's bare title when no other state, nor a city of one, is named before the title in its sentence (what
        follows may be where the holder went: "Prime Minister X visited Beijing"), for no regional or body's title and
        no state another holder of the title already heads."""
        state = self.idx.host_state
        if state is None or self.regional(t) or body_title(self, t) or self.head_named_before(t, holder, state):
            return None
        if self.head_acted_on(t, holder):
            return state     # "Turkey sent trainers at the request of President X" (reltitle8)
        for j in range(self.lo, t.start):
            r = self.idx.ref_starting(j)
            if r is None or r.type not in ("country", "place"):
                continue
            named = r.actor if r.type == "country" else self.idx.state_of_place(self.doc[r.start:r.end].text)
            if named is not None and named != state:
                return None
        return state

    def head_acted_on(self, t: Title, holder: Ref) -> bool:
        """A head's bare title whose holder is no clause subject ("at the request of President X", "protesters drove
        President X out"): in a story of one state's doings in another, the host's head, whatever guest the
        sentence names before him (issue 8, reltitle8)."""
        return t.words in self.lex.country_heads and not holder_is_subject(self, holder)

    def regional(self, t: Title) -> bool:
        return any(self.w(j) in ("regional", "provincial") for j in range(t.start, t.title_end))

    def title_state_here(self, t: Title, holder: Ref) -> str | None:
        """The one state the document's title names ("Ethiopia: civilians killed ...", "Visa restrictions on
        Guatemalans ..."), for a bare head of state or government ("President X") in a sentence naming no other
        state: a statement's or report's head is held there, as a wire story's is in its dateline's state. Not a
        minister's title (statements name foreign ministers: "Secretary of State X" in a text about another
        state), nor a regional head, nor a second head of the same title ("President Sandu ... President Biden")."""
        state = home_title_state(self.idx)
        if state is None or t.words not in self.lex.country_heads or self.regional(t):
            return None
        if self.w(t.start - 1) == "," and any(self.w(j) in self.title_heads() and self.idx.ref(j) is None
                                              for j in range(max(self.lo, t.start - 8), t.start - 1)):
            return None                         # "the Minister of State for X, Sultan Y": a name's first word
        if self.head_named_before(t, holder, state):
            return None
        size = len(t.words)
        if any(tuple(self.words[j:j + size]) == t.words for j in range(self.lo, self.hi - size + 1)
               if not t.start <= j < t.title_end and self.w(j - 1) not in ("vice", "deputy", "-")
               and not holders_own_predicate(self, j, holder)):
            return None                         # "President Biden's call with President Sandu of Moldova"
        named = states_standing_in(self, self.sent,    # a capital counts as its state ("said Moscow reserved ...")
                                   skip=holder_relative_tokens(self, holder))   # not "X, who took French citizenship"
        return state if named <= {state} else None

    def head_named_before(self, t: Title, holder: Ref, state: str) -> bool:
        """Another holder of the same title already heads the state: a state has one sitting head (a vice
        president, a member, is none; nor does a head named before bar a vice or deputy holder of his title:
        "President A was removed. Vice President B was sworn in"); nor a former holder ("Former President A was
        among the marchers. ... President B": B sits, reltitle12)."""
        if t.demoted:
            return False
        recent = self.recent_heads.get(t.words)
        return bool(recent and recent[2:] and recent[2] != holder.actor and recent[1].actor == state
                    and (recent[2], "leads", state) in self.found.by_key and recent[3:4] != ("former",))

    def names_other_government(self) -> bool:
        """The sentence names a government body ("the Kurdistan Regional Government, represented by Prime
        Minister X"): a bare title may be held there rather than in the country the dictionary lists."""
        for j in range(self.lo, self.hi):
            r = self.idx.ref_starting(j)
            if r is not None and r.type == "organization" and name_head(self.words[r.start:r.end]) in GOVERNMENT_HEADS:
                return True
        return False

    def group_country(self, before: int) -> Ref | None:
        for j in range(before - 1, self.lo - 1, -1):
            if self.w(j) in self.lex.group_nouns and title_in_group(self.doc, j, before):
                k = j - 1
                while k >= self.lo and self.w(k) in self.lex.rank_words | {"senior", "top", "high", "-", "ranking"}:
                    k -= 1
                r = self.idx.ref_ending(k)
                if r and (r.demonym or r.type == "country"):
                    return r
        return None

    def emit_title(self, t: Title, holder: Ref | None) -> None:
        lex = self.lex
        key = t.words
        scoped = key in lex.country_heads or key in lex.ministers or key in lex.envoys
        if holder is None:
            if scoped and (t.country or (t.obj and t.obj.type == "country")):
                self.recent_heads[key] = (self.n, t.country or t.obj)
            return
        pairs: list[tuple[Ref, str]] = []
        if key in lex.ministers:
            body = next((r for r in (t.obj, t.premodifier) if r is not None and r.type == "organization"
                         and t.start <= r.start < t.end      # named in the phrase, not an "its" read from context
                         and not {"ministry", "department", "office"} & set(self.words[r.start:r.end])), None)
            owner = t.premodifier if t.premodifier is not None and t.premodifier.type == "organization" \
                and not (t.start <= t.premodifier.start < t.end) and {"ministry", "department"} & set(
                    self.words[t.premodifier.start:t.premodifier.end]) else None
            if body is not None:                             # "the GNA's interior minister": serves that body,
                pairs.append((body, "member_of"))            # not the country the last minister served
            elif owner is not None:                          # "the Ministry of X said its minister, Y": heads it
                pairs.append((owner, "leads"))
            else:
                country = self.country_scope(t, holder) or self.dictionary_scope(t, holder) \
                    or issuer_holds(self, t, holder)            # a release's own minister (issuer.py)
                ministry = self.find_ministry(t, country)
                if ministry:
                    pairs.append((ministry, "leads"))
                elif country:
                    pairs.append((country, "member_of"))
                elif t.obj:
                    pairs.append((t.obj, "member_of"))
        elif key in lex.allies:                              # "Houthi financier X": a backer
            target = t.obj or t.premodifier or t.country
            if target is not None:
                pairs.append((target, "allied_with"))
        elif key in lex.envoys:
            sender = t.country or t.premodifier or self.country_scope(t, holder) or issuer_holds(self, t, holder) \
                or guest_envoy(self, t, holder)              # "Iranian envoys in Najaf": "Ambassador X" (guest_envoys.py)
            if sender is not None:
                pairs.append((sender, "member_of"))
        elif key in lex.state_officers or key in lex.state_staff:   # "Chief of General Staff X": serves the state
            state = self.officer_state(t, holder, by_story=key in lex.state_staff)
            chamber = (named_chamber(self, t) or own_chamber(self, t)) if state is None else None
            if state is None and chamber is None:
                state = speaker_state(self, t, holder)       # "Parliament Speaker X said" (bare_speaker.py)
            if state is not None:
                pairs.append((state, "member_of"))
            elif chamber is not None:                        # "Speaker X" and the one chamber the text names
                pairs.append((chamber, "member_of" if t.demoted else "leads"))   # "Senate Speaker X" (chamber_speaker.py)
        elif key in lex.country_heads:
            target = t.obj or t.premodifier or self.country_scope(t, holder) or self.dictionary_scope(t, holder)
            if target is not None:
                pairs.append((target, "member_of" if t.demoted else "leads"))
        elif key in lex.leads:
            region = self.named_region(t) if not (t.obj or t.premodifier) and key in lex.regional_heads else None
            served = self.plain_state(t, holder) if not (t.obj or t.country) and self.service_title(t) \
                and self.bare_service(t) and self.sitting(t) else None
            if (territory := territory_head(self, t)) is not None:
                pairs.append((territory, "leads"))           # "Chief Executive X" in Hong Kong (territory_heads.py)
            elif served is not None:                          # "Army chief General X said": serves the state
                pairs.append((Ref(served, "country", t.title_start, t.title_end), "member_of"))
            elif t.obj or t.premodifier:
                pairs.append((t.obj or t.premodifier, "member_of" if t.within else "leads"))
            elif region is not None:                          # "in the Kharkiv region, ... regional Governor X"
                pairs.append((region, "leads"))
            elif t.country:                                   # "an Iranian commander": serves Iran
                heads = not t.country.demonym and key in COUNTRY_LEADER_WORDS and not t.demoted and not t.in_body
                pairs.append((t.country, "leads" if heads else "member_of"))   # "Iran's leader": heads it
            elif (city := mayors_city(self, t, holder)) is not None:
                pairs.append((city, "leads"))                 # "in Moscow ... the mayor, X" (city_heads.py)
            elif (body := secretariat_body(self, t, holder)) is not None:
                pairs.append((body, "leads"))                 # "Secretary-General X" and the UN (secretariats.py)
            elif (issued := issuer_holds(self, t, holder)) is not None:
                pairs.append((issued, "member_of"))           # "Secretary X said" in a release (issuer.py)
        else:
            target = t.obj or t.premodifier or t.country
            served = self.plain_state(t, holder) if target is None and self.service_title(t) \
                and self.bare_service(t) and self.sitting(t) else None
            if served is not None:                            # "army chief of staff General X": serves the state
                target = Ref(served, "country", t.title_start, t.title_end)
            if target is not None:
                pairs.append((target, "member_of"))
            if t.country and target is not t.country:        # "the Iraqi Chief of Staff of the Armed Forces"
                pairs.append((t.country, "member_of"))
        if scoped:
            country = next((o for o, _ in pairs if o.type == "country"), None)
            if country is not None:
                self.recent_heads[key] = (self.n, country, holder.actor, t.time)
                self.last_scope = (max(t.end, holder.end), country)
        first, last = min(t.start, holder.start), max(t.end, holder.end)
        if t.country is not None and t.country.start >= holder.end:
            last = max(last, t.country.end)                   # "Prime Minister X of Pakistan"
        title_text = self.ctx.document.text[slice(*self.idx.original(t.title_start, t.title_end))]
        time = ", ".join(x for x in (t.time, self.since_date()) if x) or None
        for extra in t.more:                                  # "commander of A, B and C"
            pairs += [(extra, p) for o, p in pairs[:1] if o is t.obj]
        for obj, predicate in pairs:
            if obj.type == "person" or area_for(self, t, obj):
                continue                                      # "a member of parliament for Basra" (served_areas.py)
            self.found.add(holder, predicate, obj, first, last, title=title_text, time=time,
                           confidence=0.9 if obj is t.obj else 0.75)
        self.mark_holder(t, holder)

    def sitting(self, t: Title) -> bool:
        """The holder holds the title now (no time, or acting, current ...) or held it (former: the eval makers tie
        former roles as the present title would be tied, seed notes 12, news-dev 13 and 23; former_titles.py): an
        incoming holder's state is no story's guess ("incoming army commander X" in a Bolivian story)."""
        return t.time is None or t.time in self.lex.sitting_times or held_before(t)

    def officer_state(self, t: Title, holder: Ref, by_story: bool) -> Ref | None:
        """Where a state office is held: a body its phrase names ("the speaker of the Knesset"), the state it names
        ("Serbia's Chief of General Staff"), else (``by_story``) the state carried from context or made plain by the
        story; a bare state body inside the title ("Parliament Speaker X": news-dev makes no actor of it) is neither."""
        if t.obj is not None:
            return t.obj
        if t.premodifier is not None and not self.bare_body(t.premodifier):
            return t.premodifier
        if t.country is not None or not by_story:
            return t.country
        state = self.country_scope(t, holder) or self.dictionary_scope(t, holder)
        if state is not None:
            return state
        plain = self.plain_state(t, holder)
        return Ref(plain, "country", t.title_start, t.title_end) if plain else None

    def bare_body(self, r: Ref) -> bool:
        """A name made only of state-body words ("Parliament", "Senate"): a body named inside a title."""
        return all((self.w(j),) in self.lex.state_bodies for j in range(r.start, r.end))

    def named_region(self, t: Title) -> Ref | None:
        """The one place the sentence names as a region ("the Kharkiv region", "Najaf province") for a
        regional or provincial governor."""
        if not any(self.w(j) in ("regional", "provincial") for j in range(t.start, t.title_end)):
            return None
        found = {}
        for j in range(self.lo, self.hi):
            r = self.idx.ref_ending(j)
            if r is not None and r.type == "place" and (self.w(j + 1) in self.lex.region_nouns
                                                         or region_place_named(self, r)):   # "Diyala province"
                found[r.actor] = r
        return next(iter(found.values())) if len(found) == 1 else None

    def since_date(self) -> str | None:
        """'Since assuming his position in January 2020, the commander ...' → 'since 2020-01'."""
        start, end = self.idx.original(self.lo, self.hi)
        text = self.ctx.document.text
        for d in self.ctx.dates:
            if d.start is not None and start <= d.start < end and "since" in text[max(start, d.start - 40):d.start].lower():
                return f"since {d.iso}"
        return None

    def mark_holder(self, t: Title, holder: Ref) -> None:
        for j in range(t.start, t.end):
            self.holder_of.setdefault(j, holder)

    def find_ministry(self, t: Title, country: Ref | None) -> Ref | None:
        """A named ministry actor for a minister's portfolio ("Minister of Foreign Affairs"). A title that names its
        state after the portfolio ("the Minister of Foreign Affairs of Iraq", relties10) takes only a ministry whose
        name names that state: the text's bare "Ministry of Foreign Affairs" is another state's, and a ministry
        named only inside the title is no actor (news-dev README), so the holder is a member of the state."""
        rank_topics = {self.w(j) for j in range(t.title_start, t.title_end)} - {
            "minister", "deputy", "vice", "the", "of", "and", "secretary", "under", "undersecretary"}
        topic = {w for w in (set(t.portfolio) | rank_topics) if len(w) > 2}
        before, owner = portfolio_before(self, t) if not topic else (set(), None)   # "Water Resources Minister X"
        topic |= before                                                             # (premodified_portfolios.py)
        if not topic:
            return None
        country_forms = set()
        explicit = country is not None and t.obj is not None and t.obj.actor == country.actor \
            and t.obj.type == "country" and t.obj.start >= t.title_end
        if country is not None:
            a = next((a for a in self.ctx.actors if a.id == country.actor), None)
            if a:
                country_forms = {normalise_name(f) for f in a.surface_forms()}
            country_forms |= {d for d, c in self.lex.demonyms.items() if a and normalise_name(c) in country_forms}
        for a in self.ctx.actors:
            if a.type != "organization":
                continue
            for form in a.surface_forms():
                words = set(normalise_name(form).split())
                rest = {w for w in words if w not in self.lex.demonyms and w not in self.idx.country_keys}
                if not words & {"ministry", "department"} and not (
                        rest and rest <= topic and any((w,) in self.lex.state_bodies for w in rest)) \
                        and not portfolio_office(rest, topic):
                    continue                       # "the State Department", "the U.S. Treasury", "the Home Office"

                if not (topic & words or ("foreign" in topic and "foreign" in words)):
                    continue
                demonyms_in = {w for w in words if w in self.lex.demonyms}
                if demonyms_in and country_forms and not demonyms_in & country_forms:
                    continue
                if explicit and not any(f" {f} " in f" {normalise_name(form)} " for f in country_forms):
                    continue               # "the Minister of Foreign Affairs of Iraq": not the text's other ministry
                if country_forms and (told := ministry_states(self, a)) and not told & country_forms:
                    break                  # "Iraq's health minister" and "Iran's Ministry of Health" (ministry_states.py)
                if before and tied_elsewhere(self, a.id, owner or country):
                    continue               # "Foreign Minister X" of one state, the ministry another's
                return Ref(a.id, a.type, t.title_start, t.title_end)
        return None


GOVERNMENT_HEADS = {"government", "authority", "administration"}


def name_head(words: list[str]) -> str | None:
    """The head word of a body's name: the last word before its first of/for ("Kurdistan Regional Government",
    "Government of National Accord": government; "Government Council for National Security": council)."""
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    return words[cut - 1] if cut > 0 else None


def portfolio_office(rest: set[str], topic: set[str]) -> bool:
    """An office named by the portfolio alone ("the Foreign Office" for a Foreign Secretary, "the Federal Home
    Office"): no other word, so "the Office of Foreign Assets Control" is no foreign minister's office."""
    named = rest - {"office", "federal", "the"}
    return "office" in rest and bool(named) and named <= topic
