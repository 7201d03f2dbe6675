-- One database per subgraph: no subgraph can read another's tables.
CREATE DATABASE prescriptions_france_travail;
CREATE DATABASE prescriptions_departement;
CREATE DATABASE prescriptions_mission_locale;
CREATE DATABASE parcours;
CREATE DATABASE clauses;
CREATE DATABASE financements;
