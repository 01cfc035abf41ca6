"""Places across the Spanish-speaking world: country inferred from the text, admin1 in each
country's own first-level division (../shared/eval/news-dev2/README.md convention),
homonyms resolved by the hierarchy written next to them, bulletin place lists.

Each case: a text of our own, the word that triggers the event, the expected country
(English name as the gazetteer gives it) and admin1 (None: not determinable, or a zone
that spans several divisions).
"""
from __future__ import annotations

import re

import pytest

from cronica.model import Span

CASES = [
    # ---- Peru
    ("Una patrulla fue emboscada en el distrito de Pichari, provincia de La Convención.", "emboscada", "Peru", "Cusco"),
    ("El atentado ocurrió en Huanta, Ayacucho.", "atentado", "Peru", "Ayacucho"),
    ("Senderistas atacaron una base en el VRAEM.", "atacaron", "Peru", None),
    ("Un coche bomba estalló en el distrito de Miraflores, en Lima.", "estalló", "Peru", "Lima"),
    ("La policía capturó a dos narcotraficantes en Tingo María.", "capturó", "Peru", "Huánuco"),
    ("Un enfrentamiento se registró en la provincia de Satipo.", "enfrentamiento", "Peru", "Junín"),
    ("Ronderos retuvieron a dos ingenieros en Cajamarca.", "retuvieron", "Peru", "Cajamarca"),
    ("Un ataque dejó dos muertos en Juliaca, en la región Puno.", "ataque", "Peru", "Puno"),
    ("Mineros ilegales se enfrentaron en la localidad de La Pampa, Madre de Dios.", "enfrentaron", "Peru", "Madre de Dios"),
    ("Una explosión destruyó una torre en el Callao.", "explosión", "Peru", "Callao"),
    # ---- Colombia
    ("Un líder social fue asesinado en Cáceres, Antioquia.", "asesinado", "Colombia", "Antioquia"),
    ("Disidentes atacaron una estación de policía en Jamundí, Valle del Cauca.", "atacaron", "Colombia", "Valle del Cauca"),
    ("El ELN voló un tramo del oleoducto en Arauca.", "voló", "Colombia", "Arauca"),
    ("Un soldado murió en un combate en Tibú, Norte de Santander.", "combate", "Colombia", "Norte de Santander"),
    ("Un atentado con explosivos afectó a una comisaría de Barranquilla.", "atentado", "Colombia", "Atlántico"),
    ("Guerrilleros asesinaron a un campesino. CAUCA - TORIBIO - VEREDA LA BODEGA", "asesinaron", "Colombia", "Cauca"),
    ("Desconocidos dieron muerte a un docente. NARINO - TUMACO", "muerte", "Colombia", "Nariño"),
    ("Un bombardeo alcanzó un campamento en el departamento del Guaviare.", "bombardeo", "Colombia", "Guaviare"),
    ("La masacre ocurrió en la vereda El Limón, municipio de Cáceres, Antioquia.", "masacre", "Colombia", "Antioquia"),
    ("Tres jóvenes fueron asesinados en Cali, según la policía colombiana.", "asesinados", "Colombia", "Valle del Cauca"),
    ("Un ataque con drones hirió a dos militares en El Plateado, Cauca.", "ataque", "Colombia", "Cauca"),
    # ---- Mexico
    ("Hombres armados mataron a seis personas en un bar de Celaya, Guanajuato.", "mataron", "Mexico", "Guanajuato"),
    ("Un ataque con drones explosivos afectó a Aguililla, Michoacán.", "ataque", "Mexico", "Michoacán"),
    ("Una balacera en Matamoros, Tamaulipas, dejó cuatro muertos.", "balacera", "Mexico", "Tamaulipas"),
    ("El enfrentamiento se produjo en Culiacán, capital de Sinaloa.", "enfrentamiento", "Mexico", "Sinaloa"),
    ("Sicarios atacaron a policías estatales en Zacatecas.", "atacaron", "Mexico", "Zacatecas"),
    ("Marinos detuvieron a un operador del cártel en Tijuana.", "detuvieron", "Mexico", "Baja California"),
    ("Un coche bomba estalló en Ciudad Juárez, en el estado de Chihuahua.", "estalló", "Mexico", "Chihuahua"),
    ("Una fosa con doce cuerpos fue hallada en Coatzacoalcos, Veracruz.", "hallada", "Mexico", "Veracruz"),
    ("Los soldados mexicanos repelieron una agresión en Nuevo Laredo.", "agresión", "Mexico", "Tamaulipas"),
    ("Un ataque armado en Monterrey, Nuevo León, dejó tres muertos.", "ataque", "Mexico", "Nuevo León"),
    # ---- Venezuela
    ("El motín estalló en la cárcel de Tocorón, en el estado Aragua.", "motín", "Venezuela", "Aragua"),
    ("Mineros desaparecieron en Tumeremo, estado Bolívar.", "desaparecieron", "Venezuela", "Bolívar"),
    ("Un enfrentamiento con Los Rastrojos se produjo en San Antonio del Táchira, estado Táchira.", "enfrentamiento", "Venezuela", "Táchira"),
    ("Funcionarios de las FAES abatieron a tres hombres en Petare, estado Miranda.", "abatieron", "Venezuela", "Miranda"),
    ("Una operación policial en Maracaibo, Zulia, dejó dos muertos.", "operación", "Venezuela", "Zulia"),
    ("Un desembarco armado fue frustrado en Macuto, estado La Guaira.", "frustrado", "Venezuela", "La Guaira"),
    ("Un motín en la cárcel de Barquisimeto, estado Lara, dejó varios heridos.", "motín", "Venezuela", "Lara"),
    ("Los militares venezolanos bombardearon un campamento en Apure.", "bombardearon", "Venezuela", "Apure"),
    ("Un ataque contra un puesto militar ocurrió en Guasdualito, estado Apure.", "ataque", "Venezuela", "Apure"),
    ("Colectivos dispararon contra la marcha en Caracas, en el Distrito Capital.", "dispararon", "Venezuela", "Distrito Capital"),
    # ---- Ecuador
    ("La masacre ocurrió en la Penitenciaría del Litoral, en Guayaquil.", "masacre", "Ecuador", "Guayas"),
    ("Un coche bomba estalló en Esmeraldas.", "estalló", "Ecuador", "Esmeraldas"),
    ("Los presos se amotinaron en Guayaquil. Más tarde, en Cuenca, los reos de la cárcel de Turi quemaron colchones.", "quemaron", "Ecuador", "Azuay"),
    ("Un ataque armado en Manta, Manabí, dejó cinco muertos.", "ataque", "Ecuador", "Manabí"),
    ("Sicarios asesinaron a un fiscal en Quito.", "asesinaron", "Ecuador", "Pichincha"),
    ("Un enfrentamiento en el cantón Durán dejó tres muertos.", "enfrentamiento", "Ecuador", "Guayas"),
    ("Militares ecuatorianos detuvieron a cuarenta reos en Latacunga, Cotopaxi.", "detuvieron", "Ecuador", "Cotopaxi"),
    ("Manifestantes quemaron un patrullero en Puyo, Pastaza.", "quemaron", "Ecuador", "Pastaza"),
    ("Una explosión destruyó un puesto policial en San Lorenzo, provincia de Esmeraldas.", "explosión", "Ecuador", "Esmeraldas"),
    ("Los Lobos atacaron a mineros en Machala, El Oro.", "atacaron", "Ecuador", "El Oro"),
    # ---- Guatemala
    ("Un grupo armado mató a veinte jornaleros en una finca de La Libertad, Petén.", "mató", "Guatemala", "Petén"),
    ("La PNC capturó a dos pandilleros en Villa Nueva, Guatemala.", "capturó", "Guatemala", "Guatemala"),
    ("Un ataque armado contra un bus ocurrió en Mixco.", "ataque", "Guatemala", "Guatemala"),
    ("Militares guatemaltecos incautaron cocaína en Puerto Barrios, Izabal.", "incautaron", "Guatemala", "Izabal"),
    ("La masacre ocurrió en la aldea Las Dos Erres, en Petén.", "masacre", "Guatemala", "Petén"),
    ("Un enfrentamiento entre narcos se produjo en Huehuetenango.", "enfrentamiento", "Guatemala", "Huehuetenango"),
    ("Los soldados guatemaltecos detuvieron a un transportista en Cobán, Alta Verapaz.", "detuvieron", "Guatemala", "Alta Verapaz"),
    ("Un atentado contra un alcalde ocurrió en Chiquimula.", "atentado", "Guatemala", "Chiquimula"),
    ("Desconocidos asesinaron a un dirigente en Quetzaltenango.", "asesinaron", "Guatemala", "Quetzaltenango"),
    ("El ataque ocurrió en Escuintla, al sur de la capital guatemalteca.", "ataque", "Guatemala", "Escuintla"),
    # ---- Honduras
    ("Un ambientalista fue asesinado en Tocoa, Colón.", "asesinado", "Honduras", "Colón"),
    ("Una masacre en un billar de San Pedro Sula, Cortés, dejó seis muertos.", "masacre", "Honduras", "Cortés"),
    ("Pandilleros atacaron un bus en Tegucigalpa.", "atacaron", "Honduras", "Francisco Morazán"),
    ("Cuatro garífunas fueron secuestrados en Triunfo de la Cruz, Atlántida.", "secuestrados", "Honduras", "Atlántida"),
    ("Una avioneta con droga fue incautada en Gracias a Dios.", "incautada", "Honduras", "Gracias a Dios"),
    ("Un policía hondureño murió en un ataque en Choluteca.", "ataque", "Honduras", "Choluteca"),
    ("Un enfrentamiento en La Ceiba dejó dos muertos.", "enfrentamiento", "Honduras", "Atlántida"),
    ("Militares hondureños capturaron a un cabecilla en Juticalpa, Olancho.", "capturaron", "Honduras", "Olancho"),
    ("Un motín en la cárcel de Támara dejó cuarenta muertas. FRANCISCO MORAZAN - TAMARA", "motín", "Honduras", "Francisco Morazán"),
    ("Sicarios asesinaron a un taxista en Comayagua.", "asesinaron", "Honduras", "Comayagua"),
    # ---- El Salvador
    ("Diez mil soldados cercaron Soyapango, en San Salvador.", "cercaron", "El Salvador", "San Salvador"),
    ("Un marero salvadoreño fue capturado en San Miguel.", "capturado", "El Salvador", "San Miguel"),
    ("La masacre de El Mozote ocurrió en el departamento de Morazán.", "masacre", "El Salvador", "Morazán"),
    ("Pandilleros asesinaron a un agente de la policía salvadoreña en Santa Ana.", "asesinaron", "El Salvador", "Santa Ana"),
    ("La PNC detuvo a veinte pandilleros en Apopa.", "detuvo", "El Salvador", "San Salvador"),
    ("Un ataque contra un microbús ocurrió en Mejicanos, San Salvador.", "ataque", "El Salvador", "San Salvador"),
    ("Soldados salvadoreños patrullaron Zacatecoluca, en La Paz.", "patrullaron", "El Salvador", "La Paz"),
    ("Un cerco militar se instaló en Usulután.", "cerco", "El Salvador", "Usulután"),
    ("Un enfrentamiento con pandilleros ocurrió en San Vicente.", "enfrentamiento", "El Salvador", "San Vicente"),
    ("Un atentado contra un alcalde salvadoreño ocurrió en Sonsonate.", "atentado", "El Salvador", "Sonsonate"),
    # ---- Nicaragua
    ("Parapolicías dispararon contra estudiantes en Managua.", "dispararon", "Nicaragua", "Managua"),
    ("Un ataque contra manifestantes ocurrió en Masaya.", "ataque", "Nicaragua", "Masaya"),
    ("La policía nicaragüense detuvo a opositores en Estelí.", "detuvo", "Nicaragua", "Estelí"),
    ("Un enfrentamiento con los contras ocurrió en Jinotega.", "enfrentamiento", "Nicaragua", "Jinotega"),
    ("Un ataque armado en León dejó dos muertos, informó la policía nicaragüense.", "ataque", "Nicaragua", "León"),
    ("Colonos armados atacaron la comunidad de Alal, en Nicaragua.", "atacaron", "Nicaragua", None),
    ("Los antimotines nicaragüenses reprimieron una marcha en Matagalpa.", "reprimieron", "Nicaragua", "Matagalpa"),
    ("La Policía Nacional de Nicaragua allanó una radio en Chinandega.", "allanó", "Nicaragua", "Chinandega"),
    ("Un ataque contra campesinos ocurrió en Nueva Guinea, en la región autónoma sur de Nicaragua.", "ataque", "Nicaragua", "Región Autónoma de la Costa Caribe Sur"),
    ("Un tiroteo en Granada, Nicaragua, dejó un muerto.", "tiroteo", "Nicaragua", "Granada"),
    # ---- Paraguay
    ("El EPP secuestró a un ganadero en Horqueta, departamento de Concepción.", "secuestró", "Paraguay", "Concepción"),
    ("La FTC abatió a dos guerrilleros en Yby Yaú, Concepción.", "abatió", "Paraguay", "Concepción"),
    ("Una emboscada mató a ocho militares cerca de Arroyito, departamento de Concepción.", "emboscada", "Paraguay", "Concepción"),
    ("El enfrentamiento del desalojo ocurrió en Curuguaty, Canindeyú.", "enfrentamiento", "Paraguay", "Canindeyú"),
    ("Un secuestro fue denunciado en Luque, departamento Central.", "secuestro", "Paraguay", "Central"),
    ("Un sicario mató a un periodista en Pedro Juan Caballero, Amambay.", "mató", "Paraguay", "Amambay"),
    ("La policía paraguaya detuvo a tres hombres en Ciudad del Este.", "detuvo", "Paraguay", "Alto Paraná"),
    ("El ataque ocurrió en Tacuatí, departamento de San Pedro.", "ataque", "Paraguay", "San Pedro"),
    ("Un policía paraguayo murió en un tiroteo en Capitán Bado.", "tiroteo", "Paraguay", "Amambay"),
    ("Un motín en la cárcel de Tacumbú, en Asunción, dejó siete muertos.", "motín", "Paraguay", "Asunción"),
    # ---- Chile
    ("Un camión fue quemado en Ercilla, provincia de Malleco.", "quemado", "Chile", "La Araucanía"),
    ("Encapuchados atacaron a trabajadores forestales en Collipulli.", "atacaron", "Chile", "La Araucanía"),
    ("El ataque ocurrió en el fundo Santa Elena, comuna de Ercilla, en La Araucanía.", "ataque", "Chile", "La Araucanía"),
    ("Carabineros fue emboscado en Cañete, provincia de Arauco.", "emboscado", "Chile", "Biobío"),
    ("Un comunero murió baleado en Temucuicui, comuna de Ercilla.", "baleado", "Chile", "La Araucanía"),
    ("Un ataque incendiario afectó a maquinarias en Tirúa, en la región del Biobío.", "ataque", "Chile", "Biobío"),
    ("Carabineros detuvo a dos comuneros en Temuco.", "detuvo", "Chile", "La Araucanía"),
    ("Una bomba estalló en una estación del metro de Santiago de Chile.", "estalló", "Chile", "Región Metropolitana de Santiago"),
    ("Un enfrentamiento en Contulmo dejó un herido, según Carabineros.", "enfrentamiento", "Chile", "Biobío"),
    ("La PDI allanó viviendas en Padre Las Casas, región de La Araucanía.", "allanó", "Chile", "La Araucanía"),
    # ---- Bolivia
    ("Los cocaleros se enfrentaron a la policía en el Trópico de Cochabamba.", "enfrentaron", "Bolivia", "Cochabamba"),
    # a zone whose name carries its department locates itself, with no actor of the country
    ("Hubo bloqueos y disparos en el Trópico de Cochabamba durante la noche.", "disparos", "Bolivia", "Cochabamba"),
    ("Un campesino murió baleado en el Chapare.", "baleado", "Bolivia", "Cochabamba"),
    ("La Felcn incautó cocaína en Tambo Quemado, Oruro.", "incautó", "Bolivia", "Oruro"),
    ("Una masacre ocurrió en Senkata, El Alto.", "masacre", "Bolivia", "La Paz"),
    ("Un enfrentamiento en Sacaba dejó nueve muertos.", "enfrentamiento", "Bolivia", "Cochabamba"),
    ("Los militares bolivianos dispararon en Porvenir, Pando.", "dispararon", "Bolivia", "Pando"),
    ("Mineros retuvieron a un viceministro boliviano en Panduro, La Paz.", "retuvieron", "Bolivia", "La Paz"),
    ("Una explosión en Potosí dejó dos heridos, informó la policía boliviana.", "explosión", "Bolivia", "Potosí"),
    ("Un linchamiento fue denunciado en Santa Cruz de la Sierra.", "linchamiento", "Bolivia", "Santa Cruz"),
    ("Un ataque a la alcaldía ocurrió en Cochabamba, Bolivia.", "ataque", "Bolivia", "Cochabamba"),
    ("La policía boliviana detuvo a dirigentes en Sucre.", "detuvo", "Bolivia", "Chuquisaca"),
    # ---- Argentina
    ("Un coche bomba destruyó la mutual en la Ciudad Autónoma de Buenos Aires.", "destruyó", "Argentina", "Ciudad Autónoma de Buenos Aires"),
    ("Gendarmes desalojaron una comunidad en Cushamen, Chubut.", "desalojaron", "Argentina", "Chubut"),
    ("La Prefectura reprimió a la comunidad en Villa Mascardi, Río Negro.", "reprimió", "Argentina", "Río Negro"),
    ("Un ataque incendiario ocurrió en Bariloche, Río Negro.", "ataque", "Argentina", "Río Negro"),
    ("La policía argentina detuvo a manifestantes en Neuquén.", "detuvo", "Argentina", "Neuquén"),
    ("Una balacera en Rosario, Santa Fe, dejó dos muertos.", "balacera", "Argentina", "Santa Fe"),
    ("Un ataque contra un comercio ocurrió en La Plata, Buenos Aires.", "ataque", "Argentina", "Buenos Aires"),
    ("Una explosión ocurrió en Córdoba, Argentina.", "explosión", "Argentina", "Córdoba"),
    ("Un enfrentamiento con la policía ocurrió en San Miguel de Tucumán.", "enfrentamiento", "Argentina", "Tucumán"),
    ("Gendarmes argentinos incautaron cocaína en Salta.", "incautaron", "Argentina", "Salta"),
    # ---- Spain
    ("ETA asesinó a un concejal en Zumárraga (Guipúzcoa).", "asesinó", "Spain", "País Vasco"),
    ("Una bomba estalló en el aparcamiento de la T4 de Barajas, en Madrid.", "estalló", "Spain", "Comunidad de Madrid"),
    ("Un atropello masivo ocurrió en Cambrils, Tarragona.", "atropello", "Spain", "Cataluña"),
    ("La Guardia Civil detuvo a cuatro etarras en Vizcaya.", "detuvo", "Spain", "País Vasco"),
    ("Un coche bomba estalló frente a un cuartel de Zaragoza.", "estalló", "Spain", "Aragón"),
    ("ETA atentó contra el centro comercial Hipercor, en Barcelona.", "atentó", "Spain", "Cataluña"),
    ("Los GRAPO secuestraron a un empresario en Zaragoza.", "secuestraron", "Spain", "Aragón"),
    ("Una bomba estalló en la casa cuartel de Vic, Barcelona.", "estalló", "Spain", "Cataluña"),
    ("Un atentado contra un juez ocurrió en Bilbao.", "atentado", "Spain", "País Vasco"),
    ("Los Mossos abatieron a cinco terroristas en el paseo marítimo de Cambrils.", "abatieron", "Spain", "Cataluña"),
    # ---- Cuba
    ("La policía detuvo a manifestantes en La Habana.", "detuvo", "Cuba", "La Habana"),
    ("Las protestas comenzaron en San Antonio de los Baños, Artemisa.", "protestas", "Cuba", "Artemisa"),
    ("Un manifestante murió en La Güinera, en La Habana.", "murió", "Cuba", "La Habana"),
    ("Las boinas negras dispersaron una protesta en Santiago de Cuba.", "dispersaron", "Cuba", "Santiago de Cuba"),
    ("Opositores fueron arrestados en Camagüey, Cuba.", "arrestados", "Cuba", "Camagüey"),
    ("Una protesta fue reprimida en Holguín, según la prensa cubana.", "protesta", "Cuba", "Holguín"),
    ("Un disidente cubano fue detenido en Santa Clara, Villa Clara.", "detenido", "Cuba", "Villa Clara"),
    ("Agentes cubanos detuvieron a un periodista en Matanzas.", "detuvieron", "Cuba", "Matanzas"),
    ("Una marcha fue disuelta en Cárdenas, Matanzas.", "disuelta", "Cuba", "Matanzas"),
    ("Las Damas de Blanco fueron arrestadas en Guantánamo, Cuba.", "arrestadas", "Cuba", "Guantánamo"),
]

_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")


@pytest.fixture(scope="module")
def place_of(geocoder):
    from cronica.nlp.lexicons import load_actors

    actors = load_actors()

    def place(text: str, trigger: str):
        i = text.index(trigger)
        sent = next(m for m in _SENT.finditer(text) if m.start() <= i < m.end())
        idx = geocoder.places(text, country_votes=actors.country_votes(text),  # as the pipeline does
                              not_places=actors.group_spans(text))
        return idx.place_for(Span(i, i + len(trigger), trigger), Span(sent.start(), sent.end(), sent.group()))

    return place


@pytest.mark.parametrize("text,trigger,country,admin1", CASES, ids=[c[0][:48] for c in CASES])
def test_place_by_country(place_of, text, trigger, country, admin1):
    p = place_of(text, trigger)
    assert p is not None and (p.country, p.admin1) == (country, admin1)


def test_at_least_ten_places_per_country():
    per: dict[str, int] = {}
    for c in CASES:
        per[c[2]] = per.get(c[2], 0) + 1
    assert len(per) >= 15 and min(per.values()) >= 10


# The incident's own place: its clause, then its sentence, then the story and the lead;
# never another incident's; admin1 null for a zone across divisions.
ATTACHMENT = [
    ("Un ataque en Tumaco dejó dos muertos. En otro hecho, en Cali, la policía capturó a tres sicarios.",
     "capturó", "Colombia", "Valle del Cauca"),
    ("Un ataque en Tumaco dejó dos muertos. En otro hecho, en Cali, la policía capturó a tres sicarios.",
     "ataque", "Colombia", "Nariño"),
    ("La policía capturó en Cali a un sicario que, según la fiscalía, había actuado antes en Tumaco.",
     "capturó", "Colombia", "Valle del Cauca"),
    ("Una patrulla fue emboscada en el VRAEM, entre Ayacucho y Cusco.", "emboscada", "Peru", None),
    ("Hombres armados mataron a seis personas en un bar del Municipio de Celaya, en Guanajuato.", "mataron",
     "Mexico", "Guanajuato"),
    ("Un grupo armado atacó el bar «El Rincón del Toro» en Irapuato.", "atacó", "Mexico", "Guanajuato"),
    # a named subregion inside one department gives it; one across several leaves admin1 null
    ("Un cabecilla fue abatido en el Bajo Cauca, en zona rural de Caucasia.", "abatido", "Colombia", "Antioquia"),
    ("Los combates entre guerrilleros y paramilitares se extienden por el Magdalena Medio.", "combates",
     "Colombia", None),
    # a neighbourhood named after its town: the town's division, not the story's previous zone
    ("Una granada estalló en el Urabá.\nUn patrullero fue asesinado en el barrio Los Almendros de Apartadó.",
     "asesinado", "Colombia", "Antioquia"),
    # "municipio de X" in a Mexican story is the Mexican municipality, not Chile's province
    ("Hombres armados emboscaron a policías estatales en Zacatecas. El ataque ocurrió en la comunidad de "
     "La Joya, municipio de Valparaíso.", "ataque", "Mexico", "Zacatecas"),
    # a stretch between two places: one division if both lie in it, else admin1 null
    ("Dos policías fueron emboscados en la vía entre Tumaco y Pasto.", "emboscados", "Colombia", "Nariño"),
    ("Dos policías fueron emboscados en la vía entre Popayán y Pasto.", "emboscados", "Colombia", None),
    # a bulletin's place list names the department: it outweighs a homonymous Peruvian district
    ("Paramilitares asesinaron a un comunero en El Tambo. CAUCA - EL TAMBO - VEREDA LA FLORIDA", "asesinaron",
     "Colombia", "Cauca"),
    # one incident told over several paragraphs: the place named once serves the sentences without one
    ("Cronología de un crimen\n\nEl joven murió baleado por la policía.\n\nLa comunidad de Temucuicui, en "
     "Ercilla (La Araucanía), denunció el hecho.", "baleado", "Chile", "La Araucanía"),
]


@pytest.mark.parametrize("text,trigger,country,admin1", ATTACHMENT, ids=[f"{c[1]}:{c[0][:40]}" for c in ATTACHMENT])
def test_place_attachment(place_of, text, trigger, country, admin1):
    p = place_of(text, trigger)
    assert p is not None and (p.country, p.admin1) == (country, admin1)


def test_the_border_is_no_division(place_of):
    # "la frontera con Colombia": a zone along two countries; the neighbour is a reference
    p = place_of("Soldados venezolanos se enfrentaron con guerrilleros en la frontera con Colombia.", "enfrentaron")
    assert p is None or (p.admin1 is None and p.country != "Colombia")


def test_two_divisions_named_give_no_document_place(place_of):
    text = "Cronología\n\nEl joven murió baleado.\n\nHubo protestas en Temuco, Araucanía, y en Concepción, Biobío."
    p = place_of(text, "baleado")
    assert p is None or p.admin1 is None


def test_a_persons_surname_is_not_a_place_later(place_of):
    text = "Santiago Maldonado desapareció en Cushamen, Chubut. Maldonado, de 28 años, fue visto por última vez allí."
    p = place_of(text, "visto")
    assert p is not None and (p.country, p.admin1) == ("Argentina", "Chubut")


@pytest.mark.parametrize("text,trigger,country,admin1", [
    # "región <adjetivo> de <país>": a part of the country, not its homonymous department
    ("Un grupo armado mató a veinte jornaleros en la región norteña de Guatemala.", "mató", "Guatemala", None),
    # the victims' origin is not where it happened
    ("Cuatro turistas originarios de Estados Unidos fueron secuestrados en Reynosa, Tamaulipas.", "secuestrados",
     "Mexico", "Tamaulipas"),
])
def test_country_parts_and_origins(place_of, text, trigger, country, admin1):
    p = place_of(text, trigger)
    assert p is not None and (p.country, p.admin1) == (country, admin1)


# A prosecutor's name several countries share ("Fiscalía General de la República", "FGR": El
# Salvador, Mexico, Cuba) votes for none of them: the department the story names decides.
SHARED_INSTITUTIONS = [
    ("Encuentran una fosa en Chalatenango\nLa Fiscalía General de la República (FGR) exhumó dos cuerpos en un "
     "terreno del cantón Los Naranjos, municipio de Chalatenango Norte. Según la FGR, eran comerciantes. Después, "
     "agentes de la FGR capturaron en el caserío El Tablón a dos sospechosos.",
     "capturaron", "El Salvador", "Chalatenango"),
    ("Agentes de la FGR detuvieron a un sicario en Culiacán. La Fiscalía General de la República "
     "lo acusa de dos homicidios.", "detuvieron", "Mexico", "Sinaloa"),
]


@pytest.mark.parametrize("text,trigger,country,admin1", SHARED_INSTITUTIONS,
                         ids=[c[1] for c in SHARED_INSTITUTIONS])
def test_a_shared_institution_name_votes_for_no_country(place_of, text, trigger, country, admin1):
    p = place_of(text, trigger)
    assert p is not None and (p.country, p.admin1) == (country, admin1)


def test_the_bare_prosecutors_name_is_no_country_vote():
    from cronica.nlp.lexicons import load_actors

    assert load_actors().country_votes("La Fiscalía General de la República (FGR) abrió una investigación.") == {}
