package com.focusflow.sync.internal.settings;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/** {@link Definitions} from the Metatype of the installed bundles (those the Web Console shows). */
final class MetatypeDefinitions implements Definitions {

    private final BundleContext context;
    private final MetaTypeService metatype;

    MetatypeDefinitions(BundleContext context, MetaTypeService metatype) {
        this.context = context;
        this.metatype = metatype;
    }

    @Override
    public Optional<Map<String, AttributeDefinition>> of(String pid) {
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.UNINSTALLED) {
                continue;
            }
            MetaTypeInformation information = metatype.getMetaTypeInformation(bundle);
            if (information != null && Arrays.asList(information.getPids()).contains(pid)) {
                ObjectClassDefinition ocd = information.getObjectClassDefinition(pid, null);
                AttributeDefinition[] ads = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
                Map<String, AttributeDefinition> byId = new TreeMap<>();
                for (AttributeDefinition ad : ads == null ? new AttributeDefinition[0] : ads) {
                    byId.put(ad.getID(), ad);
                }
                return Optional.of(byId);
            }
        }
        return Optional.empty();
    }
}
