"""Small general-English synonym groups used to widen a query (at half weight).

Groups are everyday paraphrases of news and encyclopedia prose; none is taken
from a particular corpus or question set.
"""

_GROUPS = """
say state speak tell declare announce claim stress emphasize emphasise remark comment assert
warn caution threaten
cut sever break terminate
ties relations relationship links
country nation
leader head chief
win victory triumph
lose defeat
election vote poll ballot
expel expulsion oust deport eject
recognize recognise recognition acknowledge endorse endorsement
support back backing endorse
oppose opposition criticize criticise condemn denounce reject object
kill murder slay
die death dead
begin start launch commence
end finish conclude halt stop
buy purchase acquire
sell sale
large big huge major
money funds cash financing finance
accuse accusation charge allege blame
meet meeting met
travel trip tour journey visit
withdraw withdrawal recall pull
ambassador envoy diplomat
military army troops forces
attack strike assault raid
help aid assist assistance
government regime administration
law legislation act statute
company firm business corporation
city town
build construct erect
found establish create
increase rise grow boost
decrease fall drop decline reduce
ban prohibit forbid bar
allow permit
arrest detain capture
prison jail
film movie
spouse wife husband
income revenue earnings
oil petroleum crude
seize confiscate
nationalize nationalise expropriate
inaugurate sworn oath
refugee migrant emigrant
ally allies partner
sanction sanctions penalty
president presidency
percent percentage
agreement deal treaty accord
""".strip().splitlines()


def synonym_groups() -> list[list[str]]:
    return [line.split() for line in _GROUPS]
