export { departments, type Department, type DepartmentCode } from './departments';
export { departmentByCode, isDepartmentCode, parseDepartmentCode } from './department-code';
export { departmentAliases, undefinedDepartmentMarkers } from './department-aliases';
export { municipalityKey } from './municipality-key';
export { planningRegionLabel, planningRegions, type PlanningRegion } from './planning-regions';
export { resolveDepartment, type DepartmentRejection, type DepartmentResolution } from './resolve-department';
export { territoryKey } from './territory-key';
