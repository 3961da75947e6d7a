oberhausen-haushalt-2025Stadt Oberhausen"(Haushaltssicherungskonzept (illustrativ)0:
2025-03-31Z
2025-01-01b
2030-12-31ª
hf-finanzenFinanzenº´
hk-konsolidierungHaushalt bis 2030 ausgleichen *hf-finanzenB	kaemmereiR
2030-12-31bZsz-5.1oberhausen-2025"=Quartiersarbeit kostet, was die Konsolidierung einsparen willÂy
hm-freiwillige-leistungen Freiwillige Leistungen begrenzen (:	kaemmereiJ
2025-04-01R
2030-12-31z
hk-konsolidierungÒ
	kaemmerei	KÃ¤mmerei